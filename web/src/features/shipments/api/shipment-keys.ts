import { sharedQueryKeys } from '@/lib/query-keys';

const root = sharedQueryKeys.shipments;

/**
 * Every query key of the shipments feature, under the shared `shipments` root (a notice issued on an order
 * refreshes them all). Components never build one: they call the hooks and list sources of this folder, and a
 * write refreshes what it changed through `useRefreshShipments`.
 */
export const shipmentKeys = {
  /** The shipment lists (all, the approval inbox), any caller and filter. */
  lists: [...root, 'list'] as const,
  list: (username: string, filters: object) => [...root, 'list', username, filters] as const,
  /** The shipment queues of the desk (due today, late, shipped unpaid), any caller. */
  queues: [...root, 'queue'] as const,
  queue: (username: string, queue: string) => [...root, 'queue', username, queue] as const,
  queueCount: (username: string, queue: string) =>
    [...root, 'queue', username, queue, 'count'] as const,
  /** One shipment, read for its page. */
  shipment: (id: string) => [...root, 'shipment', id] as const,
  detail: (id: string, flags: object) => [...root, 'shipment', id, flags] as const,
};
