import { useQuery, useQueryClient } from '@tanstack/react-query';
import { paymentQueryKeys } from '@/features/receivables/api/receivable-keys';
import { graphql } from '@/gql/gql';
import type { InvoiceFilterInput, InvoiceSortInput, InvoiceStatus } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export const financeKeys = {
  /** Everything this feature reads; a receipt recorded or applied invalidates it with the payment keys. */
  root: ['finance'] as const,
  customers: (search: string) => ['finance', 'customers', search] as const,
  desk: (customerId: string) => ['finance', 'desk', customerId] as const,
  invoices: (username: string, filters: FinanceInvoiceFilters) =>
    ['finance', 'invoices', username, filters] as const,
};

export const FinanceCustomersQuery = graphql(`
  query FinanceCustomers($where: CustomerFilterInput) {
    customers(first: 20, where: $where, order: [{ name: ASC }]) {
      nodes {
        id
        code
        name
      }
    }
  }
`);

/** Customers whose name or code contains `search`, for the customer picker. */
export function useFinanceCustomers(search: string) {
  const text = search.trim();
  return useQuery({
    queryKey: financeKeys.customers(text),
    queryFn: ({ signal }) =>
      graphqlClient.request(
        FinanceCustomersQuery,
        {
          where: text ? { or: [{ name: { contains: text } }, { code: { contains: text } }] } : null,
        },
        signal,
      ),
    select: (data) => data.customers.nodes,
  });
}

export const CustomerDeskQuery = graphql(`
  query CustomerDesk($id: ID!) {
    customer(id: $id) {
      id
      code
      name
      openReceivables
      receivables(first: 100, order: [{ dueOn: ASC }, { issuedOn: ASC }]) {
        nodes {
          id
          number
          amount
          openAmount
          status
          issuedOn
          dueOn
          daysOverdue
        }
      }
      unappliedReceipts(first: 100) {
        nodes {
          id
          number
          amount
          unappliedAmount
          receivedOn
          bankReference
          version
        }
      }
    }
  }
`);

/** One customer's open invoices and money on account: what the receipts desk works on. */
export function useCustomerDesk(customerId: string | null) {
  return useQuery({
    queryKey: financeKeys.desk(customerId ?? ''),
    queryFn: ({ signal }) =>
      graphqlClient.request(CustomerDeskQuery, { id: customerId ?? '' }, signal),
    enabled: !!customerId,
    select: (data) => data.customer,
  });
}

export const RecordReceiptMutation = graphql(`
  mutation RecordReceipt($input: RecordReceiptInput!) {
    recordReceipt(input: $input) {
      receipt {
        id
        number
        amount
        unappliedAmount
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApplyReceiptMutation = graphql(`
  mutation ApplyReceipt($input: ApplyReceiptInput!) {
    applyReceipt(input: $input) {
      receipt {
        id
        number
        appliedAmount
        unappliedAmount
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** Reads again everything a receipt changes: this desk, the invoice lists, the aging and the KPIs. */
export function useRefreshAfterReceipt() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(
      [financeKeys.root, ...paymentQueryKeys].map((queryKey) =>
        queryClient.invalidateQueries({ queryKey }),
      ),
    );
}

export const FinanceInvoicesQuery = graphql(`
  query FinanceInvoices(
    $first: Int
    $after: String
    $where: InvoiceFilterInput
    $order: [InvoiceSortInput!]
  ) {
    invoices(first: $first, after: $after, where: $where, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        number
        amount
        paidAmount
        openAmount
        status
        version
        taxRate
        netAmount
        taxAmount
        issuedOn
        dueOn
        daysOverdue
        contract {
          id
          number
          customer {
            id
            name
          }
        }
      }
    }
  }
`);

export type FinanceInvoice = NonNullable<
  Awaited<ReturnType<typeof fetchFinanceInvoices>>['nodes'][number]
>;

/** The statuses the invoice list offers: unpaid (open or partly paid, the default), one status, or all. */
export type InvoiceStatusChoice = 'UNPAID' | InvoiceStatus | 'ALL';

export interface FinanceInvoiceFilters {
  status: InvoiceStatusChoice;
  number?: string;
}

/** The server-side filter of the invoice list: the status chosen and the number searched. */
export function financeInvoiceWhere(filters: FinanceInvoiceFilters): InvoiceFilterInput | null {
  const conditions: InvoiceFilterInput[] = [];
  if (filters.status === 'UNPAID') conditions.push({ status: { in: ['OPEN', 'PARTLY_PAID'] } });
  else if (filters.status !== 'ALL') conditions.push({ status: { eq: filters.status } });
  const number = filters.number?.trim();
  if (number) conditions.push({ number: { contains: number.toUpperCase() } });
  return conditions.length ? { and: conditions } : null;
}

function fetchFinanceInvoices(
  filters: FinanceInvoiceFilters,
  first: number,
  after: string | null,
  signal?: AbortSignal,
  order?: InvoiceSortInput[],
) {
  return graphqlClient
    .request(
      FinanceInvoicesQuery,
      { first, after, where: financeInvoiceWhere(filters), order: order ?? [{ dueOn: 'ASC' }] },
      signal,
    )
    .then((data) => data.invoices);
}

/** The invoices in the caller's scope that `filters` select, oldest due first, as a paged table reads them. */
export const financeInvoicesList = (
  username: string,
  filters: FinanceInvoiceFilters,
): CursorSource<FinanceInvoice> => ({
  queryKey: financeKeys.invoices(username, filters),
  fetchPage: (first, after, signal, order) =>
    fetchFinanceInvoices(filters, first, after, signal, order as InvoiceSortInput[] | undefined),
});

export const VoidInvoiceMutation = graphql(`
  mutation VoidInvoice($input: VoidInvoiceInput!) {
    voidInvoice(input: $input) {
      invoice {
        id
        number
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);
