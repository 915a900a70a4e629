import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { receivableKeys } from '@/features/receivables/api/receivable-keys';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { DateOperationFilterInput, KpiDimension, KpiFilterInput } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import { addDays, type MoneyValue } from '@/utils/format';

export const AgingBucketsFragment = graphql(`
  fragment AgingBuckets on ReceivablesAgingRow {
    notDue
    days0To30
    days31To60
    days61To90
    over90Days
    overdue
    open
  }
`);

export const ReceivablesAgingQuery = graphql(`
  query ReceivablesAging($where: KpiFilterInput, $asOf: DateOnly, $groupBy: [KpiDimension!]) {
    total: receivablesAging(where: $where, asOf: $asOf) {
      ...AgingBuckets
    }
    rows: receivablesAging(where: $where, asOf: $asOf, groupBy: $groupBy) {
      region {
        id
        name
      }
      subRegion {
        id
        name
      }
      staff {
        id
        name
      }
      customerGrade
      customer {
        id
        name
      }
      ...AgingBuckets
    }
  }
`);

/** The groupings the aging table offers (receivablesAging's groupBy): one at a time. */
export const agingGroupings = [
  'REGION',
  'SUB_REGION',
  'STAFF',
  'CUSTOMER_GRADE',
  'CUSTOMER',
] as const;

export type AgingGrouping = (typeof agingGroupings)[number];

/** What the aging is asked for: as of a business day (`undefined`: today) and grouped one way. */
export interface AgingRequest {
  where?: KpiFilterInput;
  asOf?: string;
  groupBy: AgingGrouping;
}

export async function fetchReceivablesAging(request: AgingRequest, signal?: AbortSignal) {
  const data = await graphqlClient.request(
    ReceivablesAgingQuery,
    { where: request.where, asOf: request.asOf, groupBy: [request.groupBy] as KpiDimension[] },
    signal,
  );
  return {
    total: data.total[0] ? getFragmentData(AgingBucketsFragment, data.total[0]) : undefined,
    rows: data.rows.map((row) => ({
      region: row.region,
      subRegion: row.subRegion,
      staff: row.staff,
      customerGrade: row.customerGrade,
      customer: row.customer,
      ...getFragmentData(AgingBucketsFragment, row),
    })),
  };
}

/** The age buckets of overdue receivables (docs/domain.md: 0–30, 31–60, 61–90, 90+ days past due). */
export const overdueBuckets = ['days0To30', 'days31To60', 'days61To90', 'over90Days'] as const;

export type OverdueBucket = (typeof overdueBuckets)[number];

export type AgingFigures = Record<OverdueBucket | 'notDue', MoneyValue>;

export type ReceivablesAging = Awaited<ReturnType<typeof fetchReceivablesAging>>;

/** Open receivables as of a day (today by default) by age bucket, in total and by one grouping, over what the caller may see. */
export function useReceivablesAging(request: AgingRequest) {
  const access = useAccess();
  return useQuery({
    queryKey: receivableKeys.agingOf(access.me.username, request),
    queryFn: ({ signal }) => fetchReceivablesAging(request, signal),
    // Another day or grouping keeps the card (and its controls) on screen while it loads.
    placeholderData: keepPreviousData,
  });
}

/** The label of an aging row's key for a grouping (the customer's name, the rep's, the 片区's…); null when the key is empty. */
export function agingRowLabel(row: ReceivablesAging['rows'][number], groupBy: AgingGrouping) {
  switch (groupBy) {
    case 'REGION':
      return row.region?.name ?? null;
    case 'SUB_REGION':
      return row.subRegion?.name ?? null;
    case 'STAFF':
      return row.staff?.name ?? null;
    case 'CUSTOMER_GRADE':
      return row.customerGrade ?? null;
    case 'CUSTOMER':
      return row.customer?.name ?? null;
  }
}

/** A stable key of an aging row for a grouping. */
export function agingRowKey(row: ReceivablesAging['rows'][number], groupBy: AgingGrouping) {
  const id =
    groupBy === 'REGION'
      ? row.region?.id
      : groupBy === 'SUB_REGION'
        ? row.subRegion?.id
        : groupBy === 'STAFF'
          ? row.staff?.id
          : groupBy === 'CUSTOMER'
            ? row.customer?.id
            : row.customerGrade;
  return id ?? 'none';
}

/** The buckets of an aging row in display order, not-yet-due first, as numbers for a chart. */
export function agingSeries(row: AgingFigures | undefined) {
  return (['notDue', ...overdueBuckets] as const).map((bucket) => ({
    bucket,
    amount: row ? Number(row[bucket]) : 0,
  }));
}

const bucketDays: Record<OverdueBucket, [number, number | null]> = {
  days0To30: [1, 30],
  days31To60: [31, 60],
  days61To90: [61, 90],
  over90Days: [91, null],
};

/**
 * The due dates of invoices in an age bucket as of `today`: 1–30 days past due are those due between
 * today − 30 and today − 1, and so on; 90+ has no lower bound.
 */
export function bucketDueRange(bucket: OverdueBucket, today: string): DateOperationFilterInput {
  const [fewest, most] = bucketDays[bucket];
  const range: DateOperationFilterInput = { lte: addDays(today, -fewest) };
  if (most !== null) range.gte = addDays(today, -most);
  return range;
}
