/** One step in an order's life as its page lists it. */
export interface OrderEvent {
  kind: 'submitted' | 'confirmed' | 'cancelled' | 'closed';
  at: string;
  by?: string | null;
  note?: string | null;
  /** Confirmed after the deadline. */
  late?: boolean;
}

interface OrderTimes {
  submittedAt: string;
  confirmDueAt: string;
  confirmedAt?: string | null;
  confirmedBy?: { name: string } | null;
  isConfirmationLate: boolean;
  cancelledAt?: string | null;
  cancellationReason?: string | null;
  closedAt?: string | null;
}

/**
 * The order's history from the times the API records on it (submission, the customer's confirmation with who
 * recorded it, cancellation with its reason, closing), oldest first.
 */
export function orderHistory(order: OrderTimes): OrderEvent[] {
  const events: OrderEvent[] = [{ kind: 'submitted', at: order.submittedAt }];
  if (order.confirmedAt)
    events.push({
      kind: 'confirmed',
      at: order.confirmedAt,
      by: order.confirmedBy?.name,
      late: order.isConfirmationLate,
    });
  if (order.cancelledAt)
    events.push({ kind: 'cancelled', at: order.cancelledAt, note: order.cancellationReason });
  if (order.closedAt) events.push({ kind: 'closed', at: order.closedAt });
  return events.sort((a, b) => Date.parse(a.at) - Date.parse(b.at));
}
