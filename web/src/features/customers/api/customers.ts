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
import { graphqlClient } from '@/lib/api-client';

export const CustomersQuery = graphql(`
  query Customers(
    $first: Int
    $after: String
    $withCredit: Boolean!
    $withContacts: Boolean!
    $where: CustomerFilterInput
    $order: [CustomerSortInput!]
  ) {
    customers(first: $first, after: $after, where: $where, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
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
    paymentTermDays @include(if: $withCredit)
  }
`);

export const CustomerQuery = graphql(`
  query Customer($id: ID!, $withCredit: Boolean!, $withContacts: Boolean!) {
    customer(id: $id) {
      ...CustomerRow
      address @include(if: $withContacts)
      designatedCarrier
      createdAt
      firstContractOn
      externalId
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
          hasNextPage
          endCursor
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
          hasNextPage
          endCursor
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
      activities(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
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

/** An empty page, for a child list of a customer that turned out not to exist. */
export const noRows = {
  totalCount: 0,
  nodes: [],
  pageInfo: { hasNextPage: false, endCursor: null },
};
