import { sharedQueryKeys } from '@/lib/query-keys';

/** Every query key of the returns feature; components call the hooks and list sources that use them. */
export const returnKeys = {
  all: ['returns'] as const,
  list: (username: string, status: string | undefined) =>
    ['returns', username, 'list', status] as const,
  detail: (id: string) => ['returns', 'detail', id] as const,
  contractShipments: (contractId: string) => ['returns', 'contract-shipments', contractId] as const,
  returnable: (shipmentId: string) => ['returns', 'returnable', shipmentId] as const,
};

/** Everything a return step changes: the returns, what is left to return, the dashboard's figures (net sales). */
export const returnQueryKeys = [returnKeys.all, sharedQueryKeys.kpis] as const;
