import { useQuery } from '@tanstack/react-query';
import { currentPeriod, toKpiPeriod, type Period } from '@/features/dashboard/api/kpi-period';
import { graphql } from '@/gql/gql';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import { sharedQueryKeys } from '@/lib/query-keys';

/** How many items of each list the homes show; the full, paged lists are one link away. */
export const homeListSize = 5;

export const RepHomeQuery = graphql(`
  query RepHome($month: KpiPeriodInput!, $year: KpiPeriodInput!, $first: Int!) {
    month: kpis(period: $month) {
      salesAmount
      target
    }
    year: kpis(period: $year) {
      salesAmount
      target
      pipelineAmount
      openOpportunities
    }
    contactsDue(first: $first) {
      totalCount
      nodes {
        id
        name
        grade
        nextContactDueOn
      }
    }
    complaints(
      first: $first
      where: { status: { in: [OPEN, FORWARDED] } }
      order: [{ answerDueAt: ASC }]
    ) {
      totalCount
      nodes {
        id
        number
        receivedAt
        answerDueAt
        answeredAt
        customer {
          id
          name
        }
      }
    }
    invoices(first: $first, where: { daysOverdue: { gt: 0 } }, order: [{ daysOverdue: DESC }]) {
      totalCount
      nodes {
        id
        number
        openAmount
        daysOverdue
        contract {
          id
          customer {
            id
            name
          }
        }
      }
    }
  }
`);

export const TeamHomeQuery = graphql(`
  query TeamHome($period: KpiPeriodInput!, $first: Int!) {
    byStaff: kpis(period: $period, groupBy: [STAFF]) {
      staff {
        id
        name
      }
      salesAmount
      target
      achievementRate
      pipelineAmount
    }
    complaints(
      first: $first
      where: { status: { in: [OPEN, FORWARDED] } }
      order: [{ answerDueAt: ASC }]
    ) {
      totalCount
      nodes {
        id
        number
        receivedAt
        answerDueAt
        answeredAt
        customer {
          id
          name
        }
      }
    }
  }
`);

export const SubRegionKpisQuery = graphql(`
  query SubRegionKpis($period: KpiPeriodInput!, $regionId: ID!) {
    kpis(period: $period, groupBy: [SUB_REGION], where: { regionId: $regionId }) {
      subRegion {
        id
        name
      }
      salesAmount
      target
      achievementRate
    }
  }
`);

/** The rep's home: this month's and year's target gap, due contacts, open complaints, overdue invoices, pipeline. */
export function useRepHome(today: Date) {
  const access = useAccess();
  const month = currentPeriod('month', today);
  const year = currentPeriod('year', today);
  return useQuery({
    queryKey: [...sharedQueryKeys.kpis, 'rep-home', access.me.username, month],
    queryFn: ({ signal }) =>
      graphqlClient.request(
        RepHomeQuery,
        {
          month: toKpiPeriod(month),
          year: toKpiPeriod(year),
          first: homeListSize,
        },
        signal,
      ),
  });
}

/** The manager's home: the team's achievement by rep and the region's open complaints. */
export function useTeamHome(period: Period) {
  const access = useAccess();
  return useQuery({
    queryKey: [...sharedQueryKeys.kpis, 'team-home', access.me.username, period],
    queryFn: ({ signal }) =>
      graphqlClient.request(
        TeamHomeQuery,
        { period: toKpiPeriod(period), first: homeListSize },
        signal,
      ),
  });
}

/** The 片区 of a 大区 with their achievement, for the director's drill-down. */
export function useSubRegionKpis(period: Period, regionId: string | null) {
  const access = useAccess();
  return useQuery({
    queryKey: [...sharedQueryKeys.kpis, 'sub-regions', access.me.username, period, regionId],
    enabled: regionId != null,
    queryFn: ({ signal }) =>
      graphqlClient.request(
        SubRegionKpisQuery,
        { period: toKpiPeriod(period), regionId: regionId ?? '' },
        signal,
      ),
  });
}
