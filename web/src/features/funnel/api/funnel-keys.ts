import { sharedQueryKeys } from '@/lib/query-keys';

/** Every query key of the funnel feature; components call the hooks and list sources that use them. */
export const funnelKeys = {
  all: ['funnel'] as const,
  list: (username: string, filter: string, search: string) =>
    ['funnel', username, 'list', filter, search] as const,
  ofCustomer: (customerId: string) => ['funnel', 'customer', customerId] as const,
  pipeline: (username: string, months: number) => ['funnel', username, 'pipeline', months] as const,
  conversion: (username: string, year: number) => ['funnel', username, 'conversion', year] as const,
  customerName: (customerId: string) => ['funnel', 'customer-name', customerId] as const,
  customers: (search: string) => ['funnel', 'customers', search] as const,
  products: ['funnel', 'products'] as const,
};

/** Everything a funnel write changes: the funnel's lists and summaries, the KPIs and the contracts (a won one drafts one). */
export const funnelQueryKeys = [
  funnelKeys.all,
  sharedQueryKeys.kpis,
  sharedQueryKeys.contractLists,
] as const;
