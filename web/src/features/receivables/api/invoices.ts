import { bucketDueRange, type OverdueBucket } from '@/features/receivables/api/aging';
import { receivableKeys } from '@/features/receivables/api/receivable-keys';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type {
  InvoiceFilterInput,
  InvoiceRowFragment as InvoiceRow,
  InvoiceSortInput,
} from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export type { InvoiceRow };

export const InvoiceRowFragment = graphql(`
  fragment InvoiceRow on Invoice {
    id
    number
    amount
    paidAmount
    openAmount
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
      owner {
        id
        name
      }
      region {
        id
        name
      }
    }
  }
`);

export const InvoicesQuery = graphql(`
  query Invoices(
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
        ...InvoiceRow
      }
    }
  }
`);

/** Which open invoices the list shows: all overdue (the default), one age bucket, or every open one. */
export type InvoiceAge = 'overdue' | 'open' | OverdueBucket;

export interface InvoiceFilters {
  number?: string;
  age: InvoiceAge;
}

/** The server-side filter: never settled, plus the age asked for (as of `today`), plus the number. */
export function invoiceWhere(filters: InvoiceFilters, today: string): InvoiceFilterInput {
  const conditions: InvoiceFilterInput[] = [{ settledOn: { eq: null } }];
  if (filters.age === 'overdue') conditions.push({ dueOn: { lt: today } });
  else if (filters.age !== 'open') conditions.push({ dueOn: bucketDueRange(filters.age, today) });
  const number = filters.number?.trim();
  if (number) conditions.push({ number: { contains: number.toUpperCase() } });
  return { and: conditions };
}

// Oldest due first: the list is a collector's work queue.
const defaultOrder: InvoiceSortInput[] = [{ dueOn: 'ASC' }];

export function fetchInvoices(
  filters: InvoiceFilters,
  today: string,
  first: number,
  after: string | null,
  signal?: AbortSignal,
  order?: InvoiceSortInput[],
) {
  return graphqlClient
    .request(
      InvoicesQuery,
      { first, after, where: invoiceWhere(filters, today), order: order ?? defaultOrder },
      signal,
    )
    .then((data) => ({
      ...data.invoices,
      nodes: getFragmentData(InvoiceRowFragment, data.invoices.nodes),
    }));
}

/** The open invoices as of `today`, narrowed by `filters`, as a paged table reads them. */
export const invoicesList = (
  username: string,
  filters: InvoiceFilters,
  today: string,
): CursorSource<InvoiceRow> => ({
  queryKey: receivableKeys.invoiceList(username, filters, today),
  fetchPage: (first, after, signal, order) =>
    fetchInvoices(filters, today, first, after, signal, order as InvoiceSortInput[] | undefined),
});
