import { sharedQueryKeys } from '@/lib/query-keys';

/** Every query key of the receivables feature; components call the hooks and list sources that use them. */
export const receivableKeys = {
  invoices: ['invoices'] as const,
  invoiceList: (username: string, filters: object, today: string) =>
    ['invoices', username, filters, today] as const,
  payments: ['payments'] as const,
  unconfirmedPayments: (username: string) => ['payments', username, 'unconfirmed'] as const,
  aging: ['aging'] as const,
  agingOf: (username: string, request: object) => ['aging', username, request] as const,
};

/** Everything a payment changes: the invoice and payment lists, the aging and the dashboard's collection figures. */
export const paymentQueryKeys = [
  receivableKeys.invoices,
  receivableKeys.payments,
  receivableKeys.aging,
  sharedQueryKeys.kpis,
] as const;
