import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { orderKeys } from '@/features/orders/api/order-keys';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type {
  SalesOrderFilterInput,
  SalesOrderRowFragment as SalesOrderRow,
  SalesOrderSortInput,
  SalesOrderStatus,
} from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';
import { sharedQueryKeys } from '@/lib/query-keys';

export type { SalesOrderRow };

export const SalesOrderRowFragment = graphql(`
  fragment SalesOrderRow on SalesOrder {
    id
    number
    status
    amount
    isOverCredit
    submittedAt
    confirmDueAt
    confirmedAt
    isConfirmationLate
    version
    customer {
      id
      name
      kind
    }
    contract {
      id
      number
    }
  }
`);

export const SalesOrdersQuery = graphql(`
  query SalesOrders(
    $first: Int
    $after: String
    $where: SalesOrderFilterInput
    $order: [SalesOrderSortInput!]
  ) {
    salesOrders(first: $first, after: $after, where: $where, order: $order) {
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

export const SalesOrderQuery = graphql(`
  query SalesOrder($id: ID!, $withReason: Boolean!) {
    salesOrder(id: $id) {
      ...SalesOrderRow
      createdAt
      updatedAt
      closedAt
      cancelledAt
      cancellationReason @include(if: $withReason)
      externalId
      confirmedBy {
        id
        name
      }
      shipments(first: 50, order: [{ createdAt: ASC }]) {
        totalCount
        nodes {
          id
          noticeNumber
          status
          amount
          unpaidAmount
          pendingApprovals
          plannedOn
          shipDueOn
          shippedOn
          deliveredOn
        }
      }
      lines(first: 100, order: [{ lineNo: ASC }]) {
        totalCount
        nodes {
          id
          lineNo
          quantity
          unitPrice
          amount
          requestedOn
          noticedQuantity
          shippedQuantity
          openQuantity
          product {
            id
            sku
            name
          }
        }
      }
    }
  }
`);

/** The guarded fields of an order the caller may read, as the `@include` flags of {@link SalesOrderQuery}. */
export function orderFieldFlags(access: Access) {
  return { withReason: access.canRead({ type: 'SalesOrder', field: 'cancellationReason' }) };
}

/** The statuses in their business order, for pickers and filters. */
export const salesOrderStatuses: readonly SalesOrderStatus[] = [
  'SUBMITTED',
  'CONFIRMED',
  'PARTLY_SHIPPED',
  'SHIPPED',
  'CLOSED',
  'CANCELLED',
];

/** What the user narrowed the order list to. */
export interface OrderFilters {
  number?: string;
  customerName?: string;
  statuses?: SalesOrderStatus[];
}

export function orderWhere(filters: OrderFilters): SalesOrderFilterInput | undefined {
  const conditions: SalesOrderFilterInput[] = [];
  const number = filters.number?.trim();
  if (number) conditions.push({ number: { contains: number.toUpperCase() } });
  const customerName = filters.customerName?.trim();
  if (customerName) conditions.push({ customer: { name: { contains: customerName } } });
  if (filters.statuses?.length) conditions.push({ status: { in: filters.statuses } });
  return conditions.length ? { and: conditions } : undefined;
}

/** The order list as a paged table reads it; newest first unless the user sorts. */
export function ordersList(access: Access, filters: OrderFilters): CursorSource<SalesOrderRow> {
  return {
    queryKey: orderKeys.list(access.me.username, filters),
    fetchPage: (first, after, signal, order) =>
      graphqlClient
        .request(
          SalesOrdersQuery,
          {
            first,
            after,
            where: orderWhere(filters),
            order: (order as SalesOrderSortInput[] | undefined) ?? [{ submittedAt: 'DESC' }],
          },
          signal,
        )
        .then((data) => ({
          ...data.salesOrders,
          nodes: getFragmentData(SalesOrderRowFragment, data.salesOrders.nodes),
        })),
  };
}

export const getSalesOrderQueryOptions = (id: string, access: Access) => {
  const flags = orderFieldFlags(access);
  return queryOptions({
    queryKey: orderKeys.detail(id, flags),
    queryFn: ({ signal }) => graphqlClient.request(SalesOrderQuery, { id, ...flags }, signal),
  });
};

/** One order with its lines. */
export function useSalesOrder(id: string) {
  return useQuery(getSalesOrderQueryOptions(id, useAccess()));
}

/**
 * After an order was written: the lists, the queues and (with `id`) that order are read again; an order drawing
 * down a contract (`contractId`) also changed that contract's version and open quantities.
 */
export function useRefreshOrders() {
  return useRefresh(false);
}

/** After a delivery notice was issued on an order: the orders as above, and every shipment list and queue. */
export function useRefreshAfterNotice() {
  return useRefresh(true);
}

function useRefresh(shipments: boolean) {
  const queryClient = useQueryClient();
  return (id?: string, contractId?: string | null) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: orderKeys.lists }),
      queryClient.invalidateQueries({ queryKey: orderKeys.queues }),
      ...(id ? [queryClient.invalidateQueries({ queryKey: orderKeys.order(id) })] : []),
      ...(contractId
        ? [queryClient.invalidateQueries({ queryKey: sharedQueryKeys.contract(contractId) })]
        : []),
      ...(shipments
        ? [queryClient.invalidateQueries({ queryKey: sharedQueryKeys.shipments })]
        : []),
    ]);
}
