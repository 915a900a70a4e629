import type { Area } from '@/lib/access/access';

export const paths = {
  login: '/login',
  home: '/dashboard',
  customer: (id: string) => `/customers/${encodeURIComponent(id)}`,
  contract: (id: string) => `/contracts/${encodeURIComponent(id)}`,
  newContract: '/contracts/new',
  editContract: (id: string) => `/contracts/${encodeURIComponent(id)}/edit`,
  order: (id: string) => `/orders/${encodeURIComponent(id)}`,
  newOrder: '/orders/new',
  shipment: (id: string) => `/shipments/${encodeURIComponent(id)}`,
  newOrderFor: (customerId: string) => `/orders/new?customer=${encodeURIComponent(customerId)}`,
  returnRequest: (id: string) => `/returns/${encodeURIComponent(id)}`,
} as const;

/** The route of each menu area; one place so the menu, the router and redirects agree. */
export const areaPaths: Record<Area, string> = {
  dashboard: '/dashboard',
  regions: '/regions',
  staff: '/staff',
  customers: '/customers',
  visits: '/visits',
  complaints: '/complaints',
  funnel: '/funnel',
  diary: '/diary',
  contracts: '/contracts',
  orders: '/orders',
  shipments: '/shipments',
  approvals: '/approvals',
  receivables: '/receivables',
  returns: '/returns',
  targets: '/targets',
  audit: '/audit',
  receipts: '/receipts',
  statements: '/statements',
  collections: '/collections',
  creditPolicy: '/credit-policy',
  gradeProposals: '/grade-proposals',
  bankStatement: '/bank-statement',
};
