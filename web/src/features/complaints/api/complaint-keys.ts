import { sharedQueryKeys } from '@/lib/query-keys';

/** Every query key of the complaints feature; components call the hooks and list sources that use them. */
export const complaintKeys = {
  all: ['complaints'] as const,
  list: (username: string, status: string | undefined) =>
    ['complaints', username, 'list', status] as const,
  ofCustomer: (customerId: string) => ['complaints', 'customer', customerId] as const,
  colleagues: ['complaints', 'colleagues'] as const,
  customer: (customerId: string) => ['complaints', 'customer-name', customerId] as const,
};

/** Everything a complaint step changes: the complaint lists and the KPIs (complaint response). */
export const complaintQueryKeys = [complaintKeys.all, sharedQueryKeys.kpis] as const;
