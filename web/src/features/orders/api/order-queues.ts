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

export const PaidAwaitingShipmentQuery = graphql(`
  query PaidAwaitingShipment($first: Int, $after: String, $order: [SalesOrderSortInput!]) {
    paidAwaitingShipment(first: $first, after: $after, order: $order) {
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
export type OrderQueueName = 'lateConfirmations' | 'paidAwaitingShipment';

const orderQueueNames: readonly OrderQueueName[] = ['lateConfirmations', 'paidAwaitingShipment'];

/** The queues the caller may read: `me` must allow the query field; the API narrows the rows to its scope. */
export function readableOrderQueues(access: Access): OrderQueueName[] {
  return orderQueueNames.filter((field) => access.canRead({ type: 'Query', field }));
}

async function readQueue(
  name: OrderQueueName,
  variables: { first: number; after?: string | null; order?: SalesOrderSortInput[] },
  signal?: AbortSignal,
) {
  if (name === 'lateConfirmations')
    return (await graphqlClient.request(LateConfirmationsQuery, variables, signal))
      .lateConfirmations;
  return (await graphqlClient.request(PaidAwaitingShipmentQuery, variables, signal))
    .paidAwaitingShipment;
}

/**
 * One queue of orders as a paged table reads it, in the API's order (late confirmations: longest overdue first;
 * paid awaiting shipment: longest confirmed first).
 */
export function orderQueueList(access: Access, name: OrderQueueName): CursorSource<SalesOrderRow> {
  return {
    queryKey: orderKeys.queue(access.me.username, name),
    fetchPage: (first, after, signal, order) =>
      readQueue(
        name,
        { first, after, order: order as SalesOrderSortInput[] | undefined },
        signal,
      ).then((page) => ({ ...page, nodes: getFragmentData(SalesOrderRowFragment, page.nodes) })),
  };
}

/** How many orders wait in one queue. */
export function orderQueueCount(access: Access, name: OrderQueueName) {
  return {
    queryKey: orderKeys.queueCount(access.me.username, name),
    fetch: (signal?: AbortSignal) =>
      readQueue(name, { first: 0 }, signal).then((page) => page.totalCount),
  };
}
