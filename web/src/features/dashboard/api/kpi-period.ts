import type { KpiPeriodInput } from '@/gql/graphql';
import type { Locale } from '@/lib/i18n/messages';

export type PeriodKind = 'year' | 'quarter' | 'month';

/** The period the dashboard shows: a calendar year, one of its quarters, or one of its months. */
export interface Period {
  kind: PeriodKind;
  year: number;
  /** 1–4, for a quarter. */
  quarter?: number;
  /** 1–12, for a month. */
  month?: number;
}

const quarterOf = (month: number) => Math.floor((month - 1) / 3) + 1;

/** The period of the given kind that contains `today` (local calendar). */
export function currentPeriod(kind: PeriodKind, today: Date = new Date()): Period {
  const year = today.getFullYear();
  const month = today.getMonth() + 1;
  if (kind === 'year') return { kind, year };
  if (kind === 'quarter') return { kind, year, quarter: quarterOf(month) };
  return { kind, year, month };
}

/**
 * Switches the kind within the chosen period: a coarser kind takes the period containing it, a finer one the
 * current month or quarter when it lies inside, else the first.
 */
export function changeKind(period: Period, kind: PeriodKind, today: Date = new Date()): Period {
  if (kind === 'year') return { kind, year: period.year };
  const months = periodMonths(period);
  const thisMonth = today.getMonth() + 1;
  const month =
    period.year === today.getFullYear() && months.includes(thisMonth)
      ? thisMonth
      : (months[0] ?? 1);
  if (kind === 'quarter') return { kind, year: period.year, quarter: quarterOf(month) };
  return { kind, year: period.year, month };
}

/** The period as the API's `kpis(period:)` argument takes it. */
export function toKpiPeriod(period: Period): KpiPeriodInput {
  if (period.kind === 'quarter') return { year: period.year, quarter: period.quarter };
  if (period.kind === 'month') return { year: period.year, month: period.month };
  return { year: period.year };
}

/** The months (1–12) a period covers, in order. */
export function periodMonths(period: Period): number[] {
  if (period.kind === 'month' && period.month) return [period.month];
  if (period.kind === 'quarter' && period.quarter) {
    const first = (period.quarter - 1) * 3 + 1;
    return [first, first + 1, first + 2];
  }
  return Array.from({ length: 12 }, (_, i) => i + 1);
}

/** A month's short name in the user's language ("3月", "Mar"). */
export function monthName(month: number, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    new Date(Date.UTC(2000, month - 1, 1)),
  );
}

/** The period as people write it: "2026", "2026 Q2", "2026年3月" / "Mar 2026". */
export function describePeriod(period: Period, locale: Locale): string {
  if (period.kind === 'quarter') return `${period.year} Q${period.quarter}`;
  if (period.kind === 'month' && period.month) {
    return new Intl.DateTimeFormat(locale, {
      year: 'numeric',
      month: 'long',
      timeZone: 'UTC',
    }).format(new Date(Date.UTC(period.year, period.month - 1, 1)));
  }
  return String(period.year);
}

/** The years a user can pick: the last `count` up to this one, newest first. */
export function recentYears(today: Date = new Date(), count = 4): number[] {
  const year = today.getFullYear();
  return Array.from({ length: count }, (_, i) => year - i);
}
