import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { CustomerRowFragment as CustomerRow } from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { graphqlClient } from '@/lib/api-client';

export const CustomersQuery = graphql(`
  query Customers($first: Int, $after: String, $withCredit: Boolean!, $withContacts: Boolean!) {
    customers(first: $first, after: $after) {
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

export function fetchCustomers(
  access: Access,
  first: number,
  after: string | null,
  signal?: AbortSignal,
) {
  return graphqlClient
    .request(CustomersQuery, { first, after, ...customerFieldFlags(access) }, signal)
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
