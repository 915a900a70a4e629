import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { shipmentKeys } from '@/features/shipments/api/shipment-keys';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type {
  ShipmentFilterInput,
  ShipmentRowFragment as ShipmentRow,
  ShipmentSortInput,
  ShipmentStatus,
} from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';
import { sharedQueryKeys } from '@/lib/query-keys';

export type { ShipmentRow };

export const ShipmentRowFragment = graphql(`
  fragment ShipmentRow on Shipment {
    id
    noticeNumber
    status
    amount
    unpaidAmount
    isOverCredit
    needsApproval
    needsDirectorApproval
    pendingApprovals
    plannedOn
    releasedOn
    shipDueOn
    shippedOn
    deliveredOn
    carrier
    waybillNumber
    version
    customer {
      id
      name
    }
    salesOrder {
      id
      number
    }
    contract {
      id
      number
    }
  }
`);

export const ShipmentsQuery = graphql(`
  query Shipments(
    $first: Int
    $after: String
    $where: ShipmentFilterInput
    $order: [ShipmentSortInput!]
  ) {
    shipments(first: $first, after: $after, where: $where, order: $order) {
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

export const ShipmentQuery = graphql(`
  query Shipment($id: ID!, $withReason: Boolean!, $withComments: Boolean!) {
    shipment(id: $id) {
      ...ShipmentRow
      createdAt
      updatedAt
      cancelledAt
      cancellationReason @include(if: $withReason)
      externalId
      lines(first: 100) {
        totalCount
        nodes {
          id
          quantity
          unitPrice
          amount
          salesOrderLineId
          product {
            id
            sku
            name
          }
        }
      }
      approvals(first: 20) {
        nodes {
          signOff
          at
          comment @include(if: $withComments)
          approvedBy {
            id
            name
          }
        }
      }
    }
  }
`);

/** The guarded fields of a shipment the caller may read, as the `@include` flags of {@link ShipmentQuery}. */
export function shipmentFieldFlags(access: Access) {
  return {
    withReason: access.canRead({ type: 'Shipment', field: 'cancellationReason' }),
    withComments: access.canRead({ type: 'ShipmentApproval', field: 'comment' }),
  };
}

/** The statuses in their business order. */
export const shipmentStatuses: readonly ShipmentStatus[] = [
  'AWAITING_APPROVAL',
  'PLANNED',
  'SHIPPED',
  'DELIVERED',
  'CANCELLED',
  'REJECTED',
];

/** What the user narrowed the shipment list to. */
export interface ShipmentFilters {
  noticeNumber?: string;
  customerName?: string;
  statuses?: ShipmentStatus[];
}

export function shipmentWhere(filters: ShipmentFilters): ShipmentFilterInput | undefined {
  const conditions: ShipmentFilterInput[] = [];
  const number = filters.noticeNumber?.trim();
  if (number) conditions.push({ noticeNumber: { contains: number.toUpperCase() } });
  const customerName = filters.customerName?.trim();
  if (customerName) conditions.push({ customer: { name: { contains: customerName } } });
  if (filters.statuses?.length) conditions.push({ status: { in: filters.statuses } });
  return conditions.length ? { and: conditions } : undefined;
}

/** The shipment list (or, with AWAITING_APPROVAL only, the notices' approval inbox) as a paged table reads it. */
export function shipmentsList(access: Access, filters: ShipmentFilters): CursorSource<ShipmentRow> {
  return {
    queryKey: shipmentKeys.list(access.me.username, filters),
    fetchPage: (first, after, signal, order) =>
      graphqlClient
        .request(
          ShipmentsQuery,
          {
            first,
            after,
            where: shipmentWhere(filters),
            order: (order as ShipmentSortInput[] | undefined) ?? [{ createdAt: 'DESC' }],
          },
          signal,
        )
        .then((data) => ({
          ...data.shipments,
          nodes: getFragmentData(ShipmentRowFragment, data.shipments.nodes),
        })),
  };
}

export const getShipmentQueryOptions = (id: string, access: Access) => {
  const flags = shipmentFieldFlags(access);
  return queryOptions({
    queryKey: shipmentKeys.detail(id, flags),
    queryFn: ({ signal }) => graphqlClient.request(ShipmentQuery, { id, ...flags }, signal),
  });
};

/** One shipment with its lines and approvals. */
export function useShipment(id: string) {
  return useQuery(getShipmentQueryOptions(id, useAccess()));
}

/**
 * After a notice or shipment was written: the shipment lists, queues and (with `id`) that shipment are read
 * again, and so are the orders (their open quantities and status follow their shipments) and the KPIs (the
 * on-time shipment rate).
 */
export function useRefreshShipments() {
  const queryClient = useQueryClient();
  return (id?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: shipmentKeys.lists }),
      queryClient.invalidateQueries({ queryKey: shipmentKeys.queues }),
      queryClient.invalidateQueries({ queryKey: sharedQueryKeys.orders }),
      queryClient.invalidateQueries({ queryKey: sharedQueryKeys.kpis }),
      ...(id ? [queryClient.invalidateQueries({ queryKey: shipmentKeys.shipment(id) })] : []),
    ]);
}
