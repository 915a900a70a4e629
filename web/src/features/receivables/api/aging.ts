import { useQuery } from '@tanstack/react-query';
import { receivableKeys } from '@/features/receivables/api/receivable-keys';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { DateOperationFilterInput, KpiFilterInput } from '@/gql/graphql';
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
  query ReceivablesAging($where: KpiFilterInput) {
    total: receivablesAging(where: $where) {
      ...AgingBuckets
    }
    byRegion: receivablesAging(where: $where, groupBy: [REGION]) {
      region {
        id
        name
      }
      ...AgingBuckets
    }
  }
`);

export async function fetchReceivablesAging(
  where: KpiFilterInput | undefined,
  signal?: AbortSignal,
) {
  const data = await graphqlClient.request(ReceivablesAgingQuery, { where }, signal);
  return {
    total: data.total[0] ? getFragmentData(AgingBucketsFragment, data.total[0]) : undefined,
    byRegion: data.byRegion.map((row) => ({
      region: row.region,
      ...getFragmentData(AgingBucketsFragment, row),
    })),
  };
}

/** The age buckets of overdue receivables (docs/domain.md: 0–30, 31–60, 61–90, 90+ days past due). */
export const overdueBuckets = ['days0To30', 'days31To60', 'days61To90', 'over90Days'] as const;

export type OverdueBucket = (typeof overdueBuckets)[number];

export type AgingFigures = Record<OverdueBucket | 'notDue', MoneyValue>;

export type ReceivablesAging = Awaited<ReturnType<typeof fetchReceivablesAging>>;

/** Open receivables as of today by age bucket, in total and by region, over what the caller may see. */
export function useReceivablesAging(where: KpiFilterInput | undefined) {
  const access = useAccess();
  return useQuery({
    queryKey: receivableKeys.agingOf(access.me.username, where),
    queryFn: ({ signal }) => fetchReceivablesAging(where, signal),
  });
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
