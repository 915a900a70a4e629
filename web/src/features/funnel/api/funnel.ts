import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { funnelKeys, funnelQueryKeys } from '@/features/funnel/api/funnel-keys';
import { stageWhere, type StageFilter } from '@/features/funnel/api/funnel-rules';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { OpportunitySortInput } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export const OpportunityRowFields = graphql(`
  fragment OpportunityRowFields on Opportunity {
    id
    title
    stage
    furthestStage
    expectedAmount
    expectedCloseOn
    source
    createdOn
    closedOn
    lostReason
    version
    customer {
      id
      name
    }
    owner {
      id
      name
    }
    contract {
      id
      number
      status
    }
  }
`);

export type OpportunityRow = ResultOf<typeof OpportunityRowFields>;

export const OpportunitiesQuery = graphql(`
  query Opportunities(
    $first: Int
    $after: String
    $order: [OpportunitySortInput!]
    $where: OpportunityFilterInput
  ) {
    opportunities(first: $first, after: $after, order: $order, where: $where) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...OpportunityRowFields
      }
    }
  }
`);

export const CustomerOpportunitiesQuery = graphql(`
  query CustomerOpportunities(
    $id: ID!
    $first: Int
    $after: String
    $order: [OpportunitySortInput!]
  ) {
    customer(id: $id) {
      id
      name
      opportunities(first: $first, after: $after, order: $order) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          ...OpportunityRowFields
        }
      }
    }
  }
`);

/** The caller's opportunities of a stage filter: open ones by the date they are expected to close, others newest first. */
export const opportunitiesList = (
  username: string,
  filter: StageFilter,
  search = '',
): CursorSource<OpportunityRow> => ({
  queryKey: funnelKeys.list(username, filter, search.trim()),
  fetchPage: (first, after, signal, order) =>
    graphqlClient
      .request(
        OpportunitiesQuery,
        {
          first,
          after,
          order:
            (order as OpportunitySortInput[] | undefined) ??
            (filter === 'WON' || filter === 'LOST' || filter === 'ALL'
              ? [{ stageChangedAt: 'DESC' }]
              : [{ expectedCloseOn: 'ASC' }]),
          where: stageWhere(filter, search),
        },
        signal,
      )
      .then((data) => ({
        ...data.opportunities,
        nodes: getFragmentData(OpportunityRowFields, data.opportunities.nodes),
      })),
});

/** One customer's opportunities, newest first. */
export const customerOpportunitiesList = (customerId: string): CursorSource<OpportunityRow> => ({
  queryKey: funnelKeys.ofCustomer(customerId),
  fetchPage: async (first, after, signal, order) => {
    const data = await graphqlClient.request(
      CustomerOpportunitiesQuery,
      {
        id: customerId,
        first,
        after,
        order: (order as OpportunitySortInput[] | undefined) ?? [{ createdAt: 'DESC' }],
      },
      signal,
    );
    if (!data.customer) throw new Error('The customer is not in your scope.');
    const page = data.customer.opportunities;
    return { ...page, nodes: getFragmentData(OpportunityRowFields, page.nodes) };
  },
});

const PipelineReviewQuery = graphql(`
  query PipelineReview($months: Int) {
    pipelineReview(months: $months) {
      owner {
        id
        name
      }
      stage
      month
      count
      expectedAmount
      weightedAmount
      slipped
    }
  }
`);

/** The pipeline review: open opportunities by rep, stage and expected close month, from this month on. */
export function usePipelineReview(username: string, months: number) {
  return useQuery({
    queryKey: funnelKeys.pipeline(username, months),
    queryFn: ({ signal }) => graphqlClient.request(PipelineReviewQuery, { months }, signal),
    select: (data) => data.pipelineReview,
  });
}

const FunnelConversionQuery = graphql(`
  query FunnelConversion($year: Int!) {
    funnelConversion(period: { year: $year }) {
      source
      created
      reachedIntention
      reachedQuote
      won
      lost
      open
      wonAmount
      leadToIntentionRate
      intentionToQuoteRate
      quoteToWonRate
      conversionRate
      winRate
    }
  }
`);

export type FunnelConversionRow = ResultOf<
  typeof FunnelConversionQuery
>['funnelConversion'][number];

/** The conversion by source of the opportunities created in a year. */
export function useFunnelConversion(username: string, year: number) {
  return useQuery({
    queryKey: funnelKeys.conversion(username, year),
    queryFn: ({ signal }) => graphqlClient.request(FunnelConversionQuery, { year }, signal),
    select: (data) => data.funnelConversion,
  });
}

const FunnelCustomersQuery = graphql(`
  query FunnelCustomers($where: CustomerFilterInput) {
    customers(first: 20, where: $where, order: [{ name: ASC }]) {
      nodes {
        id
        name
        source
      }
    }
  }
`);

/** Customers in the caller's scope whose name contains `search`, for the create dialog (20 at a time). */
export function useFunnelCustomers(search: string) {
  const text = search.trim();
  return useQuery({
    queryKey: funnelKeys.customers(text),
    queryFn: ({ signal }) =>
      graphqlClient.request(
        FunnelCustomersQuery,
        { where: text ? { name: { contains: text } } : undefined },
        signal,
      ),
    select: (data) => data.customers.nodes,
  });
}

const FunnelProductsQuery = graphql(`
  query FunnelProducts {
    products(first: 500, where: { isActive: { eq: true } }, order: [{ name: ASC }]) {
      nodes {
        id
        sku
        name
        listPrice
      }
    }
  }
`);

/** The active catalogue with list prices, for the lines of a won opportunity's contract. */
export function useFunnelProducts() {
  return useQuery({
    queryKey: funnelKeys.products,
    queryFn: ({ signal }) => graphqlClient.request(FunnelProductsQuery, {}, signal),
    select: (data) => data.products.nodes,
    staleTime: 5 * 60_000,
  });
}

export const CreateOpportunityMutation = graphql(`
  mutation CreateOpportunity($input: CreateOpportunityInput!) {
    createOpportunity(input: $input) {
      opportunity {
        id
        title
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const MoveOpportunityMutation = graphql(`
  mutation MoveOpportunity($input: MoveOpportunityInput!) {
    moveOpportunity(input: $input) {
      opportunity {
        id
        title
        stage
        contract {
          id
          number
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** After an opportunity was created or moved: the funnel's lists and summaries, the KPIs and the contract lists. */
export function useRefreshAfterOpportunity() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(funnelQueryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}

const FunnelCustomerNameQuery = graphql(`
  query FunnelCustomerName($id: ID!) {
    customer(id: $id) {
      id
      name
    }
  }
`);

/** The customer an opportunity is opened on from its page, for the dialog's title. */
export function useFunnelCustomerName(id: string) {
  return useQuery({
    queryKey: funnelKeys.customerName(id),
    queryFn: ({ signal }) => graphqlClient.request(FunnelCustomerNameQuery, { id }, signal),
    select: (data) => data.customer,
  });
}
