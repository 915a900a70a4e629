/**
 * Every query key of the orders feature. Components never build one: they call the hooks and list sources of
 * this folder, and a write refreshes what it changed through `useRefreshOrders`.
 */
export const orderKeys = {
  /** The order list, any caller and filter. */
  lists: ['sales-orders'] as const,
  list: (username: string, filters: object) => ['sales-orders', username, filters] as const,
  /** The desk's queues (late confirmations, …), any caller. */
  queues: ['order-queues'] as const,
  queue: (username: string, queue: string) => ['order-queues', username, queue] as const,
  queueCount: (username: string, queue: string) =>
    ['order-queues', username, queue, 'count'] as const,
  /** One order, read for its page. */
  order: (id: string) => ['sales-order', id] as const,
  detail: (id: string, flags: object) => ['sales-order', id, flags] as const,
  /** What the new-order form offers this caller: customers with their active contracts, the catalogue. */
  formOptions: (username: string) => ['sales-order-form', username] as const,
};
