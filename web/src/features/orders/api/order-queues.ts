import { orderKeys } from '@/features/orders/api/order-keys';
import { SalesOrderRowFragment, type SalesOrderRow } from '@/features/orders/api/orders';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { SalesOrderSortInput } from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export const LateConfirmationsQuery = graphql(`
  query LateConfirmations($first: Int, $after: String, $order: [SalesOrderSortInput!]) {
    lateConfirmations(first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...SalesOrderRow
      }
    }
  }
`);

/** The order queues of the desk, each named after the API's query field it reads. */
export type OrderQueueName = 'lateConfirmations';

/** The queues the caller may read: `me` must allow the query field; the API narrows the rows to its scope. */
export function readableOrderQueues(access: Access): OrderQueueName[] {
  return (['lateConfirmations'] as const).filter((field) =>
    access.canRead({ type: 'Query', field }),
  );
}

/** Orders still SUBMITTED past their confirmation deadline, longest overdue first (the API's order). */
export function lateConfirmationsList(access: Access): CursorSource<SalesOrderRow> {
  return {
    queryKey: orderKeys.queue(access.me.username, 'lateConfirmations'),
    fetchPage: (first, after, signal, order) =>
      graphqlClient
        .request(
          LateConfirmationsQuery,
          { first, after, order: order as SalesOrderSortInput[] | undefined },
          signal,
        )
        .then((data) => ({
          ...data.lateConfirmations,
          nodes: getFragmentData(SalesOrderRowFragment, data.lateConfirmations.nodes),
        })),
  };
}

/** How many orders wait in the late-confirmation queue. */
export function lateConfirmationsCount(access: Access) {
  return {
    queryKey: orderKeys.queueCount(access.me.username, 'lateConfirmations'),
    fetch: (signal?: AbortSignal) =>
      graphqlClient
        .request(LateConfirmationsQuery, { first: 0 }, signal)
        .then((data) => data.lateConfirmations.totalCount),
  };
}
