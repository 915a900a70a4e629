/**
 * The query keys more than one feature touches. A feature's own keys stay in its `api/` files (built under these
 * roots where they share one); a feature that changes data another feature shows invalidates the root named here,
 * never a string of its own.
 */
export const sharedQueryKeys = {
  /** `me` per sign-in: permissions, read once and kept until the user changes. */
  me: (username: string | undefined) => ['me', username] as const,
  /** Every KPI figure the dashboard reads; a payment or a target split moves them. */
  kpis: ['kpis'] as const,
  /** One contract (its page and editor); an order drawing it down changes its version and open quantities. */
  contract: (id: string) => ['contract', id] as const,
  /** Everything of the order desk's orders (lists, queues, pages); a shipment moves their quantities and status. */
  orders: ['orders'] as const,
  /** Everything of the shipments (lists, queues, pages); a delivery notice issued on an order adds one. */
  shipments: ['shipments'] as const,
  /** What follows from the contact cadence (the due list, compliance by rep); a logged visit or call moves it. */
  contactCadence: ['contact-cadence'] as const,
  /** The contract lists (the contracts feature's `contractKeys.lists`); a won opportunity drafts a contract. */
  contractLists: ['contracts'] as const,
  /** Every customer page (the customers feature's `customerKeys.file`); an approved grade changes its grade and credit terms. */
  customerFiles: ['customer'] as const,
  /** The customer lists (the customers feature's `customerKeys.lists`). */
  customerLists: ['customers'] as const,
};
