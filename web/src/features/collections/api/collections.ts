import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { graphql } from '@/gql/gql';
import type { CollectionNoticeSortInput } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

/** Every query key of the collections feature. */
export const collectionKeys = {
  root: ['collections'] as const,
  chase: (username: string) => ['collections', 'chase', username] as const,
  detail: (id: string) => ['collections', 'detail', id] as const,
};

export const CollectionsToChaseQuery = graphql(`
  query CollectionsToChase($first: Int, $after: String, $order: [CollectionNoticeSortInput!]) {
    collectionsToChase(first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        number
        level
        status
        overdueAmount
        issuedOn
        levelSince
        promisedOn
        customer {
          id
          name
        }
        owner {
          id
          name
        }
      }
    }
  }
`);

export type CollectionRow = ResultOf<
  typeof CollectionsToChaseQuery
>['collectionsToChase']['nodes'][number];

/** What is the caller's to chase, oldest notice first, as a paged table reads it. */
export const collectionsToChaseList = (username: string): CursorSource<CollectionRow> => ({
  queryKey: collectionKeys.chase(username),
  fetchPage: (first, after, signal, order) =>
    graphqlClient
      .request(
        CollectionsToChaseQuery,
        {
          first,
          after,
          order: (order as CollectionNoticeSortInput[] | undefined) ?? [{ issuedOn: 'ASC' }],
        },
        signal,
      )
      .then((data) => data.collectionsToChase),
});

export const CollectionNoticeQuery = graphql(`
  query CollectionNotice($id: ID!) {
    collectionNotice(id: $id) {
      id
      number
      level
      status
      overdueAmount
      issuedOn
      promisedOn
      promisedAmount
      promiseNote
      version
      customer {
        id
        name
      }
      items(first: 100) {
        nodes {
          id
          invoiceNumber
          dueOn
          daysOverdue
          openAmount
          invoice {
            id
            openAmount
            status
          }
        }
      }
    }
  }
`);

export type CollectionNoticeDetail = NonNullable<
  ResultOf<typeof CollectionNoticeQuery>['collectionNotice']
>;

/** One notice with its overdue invoices. */
export function useCollectionNotice(id: string | null) {
  return useQuery({
    queryKey: collectionKeys.detail(id ?? ''),
    queryFn: ({ signal }) => graphqlClient.request(CollectionNoticeQuery, { id: id ?? '' }, signal),
    enabled: !!id,
    select: (data) => data.collectionNotice,
  });
}

export const IssueCollectionNoticesMutation = graphql(`
  mutation IssueCollectionNotices($input: DunningRunInput!) {
    issueCollectionNotices(input: $input) {
      run {
        issued
        unchanged
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const EscalateCollectionNoticesMutation = graphql(`
  mutation EscalateCollectionNotices($input: DunningRunInput!) {
    escalateCollectionNotices(input: $input) {
      run {
        escalated
        closed
        unchanged
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordPaymentPromiseMutation = graphql(`
  mutation RecordPaymentPromise($input: RecordPaymentPromiseInput!) {
    recordPaymentPromise(input: $input) {
      collectionNotice {
        id
        number
        status
        promisedOn
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** Reads again every chase list and notice. */
export function useRefreshCollections() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: collectionKeys.root });
}
