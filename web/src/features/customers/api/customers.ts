import { useQuery } from '@tanstack/react-query';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type {
  CustomerFilterInput,
  CustomerGrade,
  CustomerRowFragment as CustomerRow,
  CustomerSortInput,
  CustomerStatus,
} from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import { connectionPage, type ConnectionPage, type CursorSource } from '@/lib/cursor-pages';

export const CustomersQuery = graphql(`
  query Customers(
    $first: Int
    $after: String
    $withCredit: Boolean!
    $withTerms: Boolean!
    $withContacts: Boolean!
    $where: CustomerFilterInput
    $order: [CustomerSortInput!]
  ) {
    customers(first: $first, after: $after, where: $where, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...CustomerRow
      }
    }
  }
`);

export const CustomerRowFragment = graphql(`
  fragment CustomerRow on Customer {
    id
    code
    name
    kind
    industry
    grade
    status
    source
    region {
      id
      name
    }
    owner {
      id
      name
    }
    contactPerson @include(if: $withContacts)
    mobile @include(if: $withContacts)
    creditLimit @include(if: $withCredit)
    paymentTermDays @include(if: $withTerms)
  }
`);

export const CustomerQuery = graphql(`
  query Customer($id: ID!, $withCredit: Boolean!, $withTerms: Boolean!, $withContacts: Boolean!) {
    customer(id: $id) {
      ...CustomerRow
      version
      region {
        id
        code
      }
      address @include(if: $withContacts)
      designatedCarrier
      openReceivables
      creditRemaining @include(if: $withTerms)
      createdAt
      firstContractOn
      externalId
      lastContactAt
      nextContactDueOn
      isContactOverdue
    }
  }
`);

export const CustomerContractsQuery = graphql(`
  query CustomerContracts($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      id
      contracts(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          id
          number
          status
          signedOn
          agreedTotal
          discountAmount
        }
      }
    }
  }
`);

export const CustomerReceivablesQuery = graphql(`
  query CustomerReceivables($id: ID!, $first: Int, $after: String) {
    customer(id: $id) {
      id
      receivables(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          id
          number
          amount
          openAmount
          issuedOn
          dueOn
          daysOverdue
          contract {
            id
            number
          }
        }
      }
    }
  }
`);

export const CustomerActivitiesQuery = graphql(`
  query CustomerActivities($id: ID!, $first: Int, $after: String, $withText: Boolean!) {
    customer(id: $id) {
      id
      activities(first: $first, after: $after, order: [{ occurredAt: DESC }]) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          id
          kind
          occurredAt
          answeredAt
          subject @include(if: $withText)
          staff {
            id
            name
          }
        }
      }
    }
  }
`);

/** Which guarded customer fields to ask for: only those `me` says the caller may read, so no field is denied. */
export function customerFieldFlags(access: Access) {
  return {
    withCredit: access.canRead({ type: 'Customer', field: 'creditLimit' }),
    withTerms: access.canRead({ type: 'Customer', field: 'paymentTermDays' }),
    withContacts: access.canRead({ type: 'Customer', field: 'mobile' }),
  };
}

export type { CustomerRow };

/** What the user narrowed the customer list to. */
export interface CustomerFilters {
  text?: string;
  grades?: CustomerGrade[];
  statuses?: CustomerStatus[];
}

/** The filters as the API's `where`: text matches code or name; empty filters are left out. */
export function customerWhere(filters: CustomerFilters): CustomerFilterInput | undefined {
  const conditions: CustomerFilterInput[] = [];
  const text = filters.text?.trim();
  if (text)
    conditions.push({
      or: [{ name: { contains: text } }, { code: { startsWith: text.toUpperCase() } }],
    });
  if (filters.grades?.length) conditions.push({ grade: { in: filters.grades } });
  if (filters.statuses?.length) conditions.push({ status: { in: filters.statuses } });
  return conditions.length ? { and: conditions } : undefined;
}

export function fetchCustomers(
  access: Access,
  filters: CustomerFilters,
  first: number,
  after: string | null,
  signal?: AbortSignal,
  order?: CustomerSortInput[],
) {
  return graphqlClient
    .request(
      CustomersQuery,
      { first, after, ...customerFieldFlags(access), where: customerWhere(filters), order },
      signal,
    )
    .then((data) => ({
      ...data.customers,
      nodes: getFragmentData(CustomerRowFragment, data.customers.nodes),
    }));
}

/** The customers feature's query keys; components never build one. */
export const customerKeys = {
  /** Every customer list, any caller and filter. */
  lists: ['customers'] as const,
  list: (username: string, filters: CustomerFilters) => ['customers', username, filters] as const,
  /** One customer's file, whatever fields were asked for. */
  file: (id: string) => ['customer', id] as const,
  detail: (id: string, flags: object) => ['customer', id, flags] as const,
  ownerCandidates: (regionCode: string) => ['customer-owner-candidates', regionCode] as const,
  regionOptions: ['customer-region-options'] as const,
  contracts: (id: string) => ['customer-contracts', id] as const,
  receivables: (id: string) => ['customer-receivables', id] as const,
  activitiesOf: (id: string) => ['customer-activities', id] as const,
  activities: (id: string, withText: boolean) => ['customer-activities', id, withText] as const,
};

/** The customer list as a paged table reads it. */
export function customersList(access: Access, filters: CustomerFilters): CursorSource<CustomerRow> {
  return {
    queryKey: customerKeys.list(access.me.username, filters),
    fetchPage: (first, after, signal, order) =>
      fetchCustomers(
        access,
        filters,
        first,
        after,
        signal,
        order as CustomerSortInput[] | undefined,
      ),
  };
}

/** One customer's file, with the fields the caller may read. */
export function useCustomer(id: string) {
  const flags = customerFieldFlags(useAccess());
  return useQuery({
    queryKey: customerKeys.detail(id, flags),
    queryFn: ({ signal }) => graphqlClient.request(CustomerQuery, { id, ...flags }, signal),
  });
}

/** A list under one customer; a customer that turned out not to exist has an empty one. */
function customerChildList<Row>(
  queryKey: readonly unknown[],
  read: (
    first: number,
    after: string | null,
    signal?: AbortSignal,
  ) => Promise<ConnectionPage<Row> | null | undefined>,
): CursorSource<Row> {
  return {
    queryKey,
    fetchPage: (first, after, signal) =>
      read(first, after, signal).then(
        (page) => page ?? connectionPage<Row>([], { hasNextPage: false, endCursor: null }),
      ),
  };
}

export const customerContractsList = (id: string) =>
  customerChildList(customerKeys.contracts(id), (first, after, signal) =>
    graphqlClient
      .request(CustomerContractsQuery, { id, first, after }, signal)
      .then((d) => d.customer?.contracts),
  );

export const customerReceivablesList = (id: string) =>
  customerChildList(customerKeys.receivables(id), (first, after, signal) =>
    graphqlClient
      .request(CustomerReceivablesQuery, { id, first, after }, signal)
      .then((d) => d.customer?.receivables),
  );

export const customerActivitiesList = (id: string, withText: boolean) =>
  customerChildList(customerKeys.activities(id, withText), (first, after, signal) =>
    graphqlClient
      .request(CustomerActivitiesQuery, { id, first, after, withText }, signal)
      .then((d) => d.customer?.activities),
  );
