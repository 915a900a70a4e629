import { toKpiPeriod, type Period } from '@/features/dashboard/api/kpi-period';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { KpiFiguresFragment, KpiFilterInput } from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { graphqlClient } from '@/lib/api-client';

export type KpiFigures = KpiFiguresFragment;

export const KpiFiguresFragmentDoc = graphql(`
  fragment KpiFigures on KpiRow {
    salesAmount
    target
    achievementRate
    collectedAmount
    receivablesDue
    collectionRate
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
