import type { ActivityKind, CustomerGrade, RowScope } from '@/gql/graphql';

/** The "due within" choices of the list: overdue and due today (0), or that many days ahead as well. */
export const withinDaysChoices = [0, 7, 14, 30] as const;

export type WithinDays = (typeof withinDaysChoices)[number];

/** The API's own default for `contactsDue(withinDays:)`. */
export const defaultWithinDays: WithinDays = 7;

/**
 * The kind the log dialog starts with for a customer due a contact: an A-class customer is due a visit, a B-class
 * one a call (a visit counts as well, so the rep may still switch). Only a preset: the API decides what counts.
 */
export function presetActivityKind(grade: CustomerGrade): ActivityKind {
  return grade === 'A' ? 'VISIT' : 'CALL';
}

/** Whether the caller's rows reach beyond its own customers, so compliance by rep means something to it. */
export function seesTeam(scope: RowScope): boolean {
  return scope === 'REGION' || scope === 'ALL';
}

export interface ComplianceFigures {
  customers: number;
  onTime: number;
}

/** On time ÷ customers; null without customers (nothing to be on time with), as the API's `rate`. */
export function complianceRate({ customers, onTime }: ComplianceFigures): number | null {
  return customers === 0 ? null : onTime / customers;
}

/** The team's figures: every rep's customers and on-time contacts added up, and their rate. */
export function complianceTotal(rows: readonly ComplianceFigures[]) {
  const customers = rows.reduce((sum, r) => sum + r.customers, 0);
  const onTime = rows.reduce((sum, r) => sum + r.onTime, 0);
  return { customers, onTime, rate: complianceRate({ customers, onTime }) };
}

/** Reps furthest behind first (lowest rate; reps without customers last), then by name. */
export function byRateAscending<
  Row extends { rate?: string | number | null; staff?: { name: string } | null },
>(rows: readonly Row[], locale: string): Row[] {
  const rate = (row: Row) => (row.rate == null ? Number.POSITIVE_INFINITY : Number(row.rate));
  return [...rows].sort(
    (a, b) => rate(a) - rate(b) || (a.staff?.name ?? '').localeCompare(b.staff?.name ?? '', locale),
  );
}
