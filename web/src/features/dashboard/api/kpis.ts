import { queryOptions, useQuery } from '@tanstack/react-query';
import { toKpiPeriod, type Period } from '@/features/dashboard/api/kpi-period';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { KpiFiguresFragment, KpiFilterInput } from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import { sharedQueryKeys } from '@/lib/query-keys';

export type KpiFigures = KpiFiguresFragment;

export const KpiFiguresFragmentDoc = graphql(`
  fragment KpiFigures on KpiRow {
    salesAmount
    target
    achievementRate
    collectedAmount
    receivablesDue
    collectionRate
    daysSalesOutstanding
    overdueReceivables
    newCustomers
    contractCount
    grossMargin @include(if: $withMargin)
  }
`);

export const DashboardKpisQuery = graphql(`
  query DashboardKpis($period: KpiPeriodInput!, $where: KpiFilterInput, $withMargin: Boolean!) {
    total: kpis(period: $period, where: $where) {
      ...KpiFigures
    }
    byMonth: kpis(period: $period, where: $where, groupBy: [MONTH]) {
      month
      salesAmount
      target
      collectedAmount
    }
    byRegion: kpis(period: $period, where: $where, groupBy: [REGION]) {
      region {
        id
        name
      }
      ...KpiFigures
    }
    byStaff: kpis(period: $period, where: $where, groupBy: [STAFF]) {
      staff {
        id
        name
      }
      ...KpiFigures
    }
  }
`);

/** Gross margin is cost data: asked for only when `me` lets the caller read it. */
export const kpiFieldFlags = (access: Access) => ({
  withMargin: access.canRead({ type: 'KpiRow', field: 'grossMargin' }),
});

export async function fetchDashboardKpis(
  access: Access,
  period: Period,
  where: KpiFilterInput | undefined,
  signal?: AbortSignal,
) {
  const data = await graphqlClient.request(
    DashboardKpisQuery,
    { period: toKpiPeriod(period), where, ...kpiFieldFlags(access) },
    signal,
  );
  return {
    total: data.total[0] ? getFragmentData(KpiFiguresFragmentDoc, data.total[0]) : null,
    byMonth: data.byMonth,
    byRegion: data.byRegion.map((row) => ({
      region: row.region,
      figures: getFragmentData(KpiFiguresFragmentDoc, row),
    })),
    byStaff: data.byStaff.map((row) => ({
      staff: row.staff,
      figures: getFragmentData(KpiFiguresFragmentDoc, row),
    })),
  };
}

export type DashboardKpis = Awaited<ReturnType<typeof fetchDashboardKpis>>;

// Under the shared KPI root: a payment or a target split (other features) refreshes these figures.
export const getDashboardKpisQueryOptions = (
  access: Access,
  period: Period,
  where: KpiFilterInput | undefined,
) =>
  queryOptions({
    queryKey: [...sharedQueryKeys.kpis, access.me.username, period, where],
    queryFn: ({ signal }) => fetchDashboardKpis(access, period, where, signal),
  });

/** The dashboard's KPIs of a period over the caller's scope, narrowed by `where` (a drilled-into region). */
export function useDashboardKpis(period: Period, where: KpiFilterInput | undefined) {
  return useQuery(getDashboardKpisQueryOptions(useAccess(), period, where));
}
