import { shipmentKeys } from '@/features/shipments/api/shipment-keys';
import { ShipmentRowFragment, type ShipmentRow } from '@/features/shipments/api/shipments';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { ShipmentSortInput } from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export const DueToShipTodayQuery = graphql(`
  query DueToShipToday($first: Int, $after: String, $order: [ShipmentSortInput!]) {
    dueToShipToday(first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ShipmentRow
      }
    }
  }
`);

export const LateShipmentsQuery = graphql(`
  query LateShipments($first: Int, $after: String, $order: [ShipmentSortInput!]) {
    lateShipments(first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ShipmentRow
      }
    }
  }
`);

export const ShippedUnpaidQuery = graphql(`
  query ShippedUnpaid($first: Int, $after: String, $order: [ShipmentSortInput!]) {
    shippedUnpaid(first: $first, after: $after, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ShipmentRow
      }
    }
  }
`);

/** The shipment queues of the desk, each named after the API's query field it reads. */
export type ShipmentQueueName = 'dueToShipToday' | 'lateShipments' | 'shippedUnpaid';

const shipmentQueueNames: readonly ShipmentQueueName[] = [
  'dueToShipToday',
  'lateShipments',
  'shippedUnpaid',
];

/** The queues the caller may read: `me` must allow the query field; the API narrows the rows to its scope. */
export function readableShipmentQueues(access: Access): ShipmentQueueName[] {
  return shipmentQueueNames.filter((field) => access.canRead({ type: 'Query', field }));
}

async function readQueue(
  name: ShipmentQueueName,
  variables: { first: number; after?: string | null; order?: ShipmentSortInput[] },
  signal?: AbortSignal,
) {
  if (name === 'dueToShipToday')
    return (await graphqlClient.request(DueToShipTodayQuery, variables, signal)).dueToShipToday;
  if (name === 'lateShipments')
    return (await graphqlClient.request(LateShipmentsQuery, variables, signal)).lateShipments;
  return (await graphqlClient.request(ShippedUnpaidQuery, variables, signal)).shippedUnpaid;
}

/** One queue of shipments as a paged table reads it, in the API's order. */
export function shipmentQueueList(
  access: Access,
  name: ShipmentQueueName,
): CursorSource<ShipmentRow> {
  return {
    queryKey: shipmentKeys.queue(access.me.username, name),
    fetchPage: (first, after, signal, order) =>
      readQueue(
        name,
        { first, after, order: order as ShipmentSortInput[] | undefined },
        signal,
      ).then((page) => ({ ...page, nodes: getFragmentData(ShipmentRowFragment, page.nodes) })),
  };
}

/** How many shipments wait in one queue. */
export function shipmentQueueCount(access: Access, name: ShipmentQueueName) {
  return {
    queryKey: shipmentKeys.queueCount(access.me.username, name),
    fetch: (signal?: AbortSignal) =>
      readQueue(name, { first: 0 }, signal).then((page) => page.totalCount),
  };
}
