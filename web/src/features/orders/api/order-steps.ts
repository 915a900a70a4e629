import type { SalesOrderStatus } from '@/gql/graphql';

/** A workflow step the order page can offer, named after its mutation. */
export type OrderStep = 'confirm' | 'notice' | 'cancel' | 'close';

const mutationOf: Record<OrderStep, string> = {
  confirm: 'confirmSalesOrder',
  notice: 'createDeliveryNotice',
  cancel: 'cancelSalesOrder',
  close: 'closeSalesOrder',
};

// From which statuses each step leads on (the API's SalesOrderTransitions, docs/decisions/017-order-desk.md).
// The server decides in the end; this only keeps buttons away that could never succeed.
const fromStatuses: Record<OrderStep, readonly SalesOrderStatus[]> = {
  confirm: ['SUBMITTED'],
  notice: ['CONFIRMED', 'PARTLY_SHIPPED'],
  cancel: ['SUBMITTED', 'CONFIRMED'],
  close: ['SHIPPED', 'PARTLY_SHIPPED'],
};

/**
 * The steps this caller may take on an order in this status: the status allows the step and `me` lists its
 * mutation among the caller's actions. A reader without any of those actions gets none, i.e. a read-only page.
 */
export function orderSteps(
  status: SalesOrderStatus,
  may: (action: string) => boolean,
  /** Σ of the lines' open quantities: a delivery notice needs something left to put on one. */
  openQuantity = 0,
): OrderStep[] {
  return (Object.keys(fromStatuses) as OrderStep[]).filter(
    (step) =>
      fromStatuses[step].includes(status) &&
      may(mutationOf[step]) &&
      (step !== 'notice' || openQuantity > 0),
  );
}
