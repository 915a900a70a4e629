import { sharedQueryKeys } from '@/lib/query-keys';

const root = sharedQueryKeys.orders;

/**
 * Every query key of the orders feature, under the shared `orders` root (shipments refresh them all). Components
 * never build one: they call the hooks and list sources of this folder, and a write refreshes what it changed
 * through `useRefreshOrders`.
 */
export const orderKeys = {
  /** The order list, any caller and filter. */
  lists: [...root, 'list'] as const,
  list: (username: string, filters: object) => [...root, 'list', username, filters] as const,
  /** The desk's order queues (late confirmations, paid awaiting shipment), any caller. */
  queues: [...root, 'queue'] as const,
  queue: (username: string, queue: string) => [...root, 'queue', username, queue] as const,
  queueCount: (username: string, queue: string) =>
    [...root, 'queue', username, queue, 'count'] as const,
  /** One order, read for its page. */
  order: (id: string) => [...root, 'order', id] as const,
  detail: (id: string, flags: object) => [...root, 'order', id, flags] as const,
  /** What the new-order form offers this caller: customers with their active contracts, the catalogue. */
  formOptions: (username: string) => ['sales-order-form', username] as const,
};
