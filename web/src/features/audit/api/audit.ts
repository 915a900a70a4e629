import { graphql } from '@/gql/gql';
import type { AuditEntrySortInput } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export const AuditEntriesQuery = graphql(`
  query AuditEntries(
    $first: Int
    $after: String
    $actorName: String
    $entityType: String
    $from: DateTime
    $to: DateTime
    $order: [AuditEntrySortInput!]
  ) {
    auditEntries(
      first: $first
      after: $after
      actorName: $actorName
      entityType: $entityType
      from: $from
      to: $to
      order: $order
    ) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        at
        actorName
        client
        entityType
        entityId
        action
        changes
      }
    }
  }
`);

export interface AuditFilters {
  actorName?: string;
  entityType?: string;
  /** Calendar dates (local), both inclusive. */
  fromDate?: string;
  toDate?: string;
}

/** The filters as the API's arguments: a date range becomes the instants from the first day's start to the day after the last. */
export function auditArguments(filters: AuditFilters) {
  const localMidnight = (date: string, plusDays = 0) => {
    const [y, m, d] = date.split('-').map(Number) as [number, number, number];
    return new Date(y, m - 1, d + plusDays).toISOString();
  };
  return {
    actorName: filters.actorName?.trim() || undefined,
    entityType: filters.entityType || undefined,
    from: filters.fromDate ? localMidnight(filters.fromDate) : undefined,
    to: filters.toDate ? localMidnight(filters.toDate, 1) : undefined,
  };
}

export function fetchAuditEntries(
  filters: AuditFilters,
  first: number,
  after: string | null,
  signal?: AbortSignal,
  order?: AuditEntrySortInput[],
) {
  return graphqlClient
    .request(AuditEntriesQuery, { first, after, order, ...auditArguments(filters) }, signal)
    .then((data) => data.auditEntries);
}

export type AuditEntryRow = Awaited<ReturnType<typeof fetchAuditEntries>>['nodes'][number];

/** The audit log narrowed by `filters`, as a paged table reads it. */
export const auditEntriesList = (
  username: string,
  filters: AuditFilters,
): CursorSource<AuditEntryRow> => ({
  queryKey: ['audit', username, filters],
  fetchPage: (first, after, signal, order) =>
    fetchAuditEntries(filters, first, after, signal, order as AuditEntrySortInput[] | undefined),
});

/** One changed field of an audit entry. */
export interface FieldChange {
  field: string;
  old: string;
  new: string;
}

const show = (value: unknown): string =>
  value === null || value === undefined
    ? '∅'
    : typeof value === 'string'
      ? value
      : JSON.stringify(value);

/**
 * The entry's `changes` JSON (`{ field: { old, new } }`) as a list people can read; text that is not such
 * an object is shown as one change of field "*" rather than hidden.
 */
export function parseChanges(json: string | null | undefined): FieldChange[] {
  if (!json) return [];
  try {
    const parsed: unknown = JSON.parse(json);
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new Error();
    return Object.entries(parsed as Record<string, unknown>).map(([field, change]) => {
      const pair = (change ?? {}) as { old?: unknown; new?: unknown };
      return { field, old: show(pair.old), new: show(pair.new) };
    });
  } catch {
    return [{ field: '*', old: '', new: json }];
  }
}

/** The changes on one line, for the CSV export. */
export const changesAsText = (changes: readonly FieldChange[]) =>
  changes.map((c) => `${c.field}: ${c.old} → ${c.new}`).join('; ');
