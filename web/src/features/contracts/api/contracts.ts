import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type {
  ContractFilterInput,
  ContractRowFragment as ContractRow,
  ContractSortInput,
  ContractStatus,
} from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { graphqlClient } from '@/lib/api-client';

export type { ContractRow };

export const ContractRowFragment = graphql(`
  fragment ContractRow on Contract {
    id
    number
    status
    signedOn
    listTotal
    agreedTotal
    discountAmount
    discountRate
    grossMargin @include(if: $withCost)
    version
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
`);

export const ContractsQuery = graphql(`
  query Contracts(
    $first: Int
    $after: String
    $withCost: Boolean!
    $where: ContractFilterInput
    $order: [ContractSortInput!]
  ) {
    contracts(first: $first, after: $after, where: $where, order: $order) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...ContractRow
      }
    }
  }
`);

export const ContractQuery = graphql(`
  query Contract($id: ID!, $withCost: Boolean!, $withComments: Boolean!) {
    contract(id: $id) {
      ...ContractRow
      currency
      paymentTermDays
      startOn
      endOn
      createdAt
      updatedAt
      terminationReason
      externalId
      costTotal @include(if: $withCost)
      lines(first: 500) {
        totalCount
        nodes {
          lineNo
          quantity
          listUnitPrice
          agreedUnitPrice
          listAmount
          agreedAmount
          unitCost @include(if: $withCost)
          product {
            id
            sku
            name
          }
        }
      }
      history(first: 500) {
        nodes {
          kind
          fromStatus
          toStatus
          approvalLevel
          at
          comment @include(if: $withComments)
          actor {
            id
            name
          }
        }
      }
      invoices(first: 100) {
        nodes {
          id
          number
          amount
          openAmount
          issuedOn
          dueOn
          daysOverdue
        }
      }
      payments(first: 100) {
        nodes {
          id
          number
          amount
          receivedOn
          method
          confirmedAt
        }
      }
    }
  }
`);

export function contractFieldFlags(access: Access) {
  return {
    withCost: access.canRead({ type: 'Contract', field: 'grossMargin' }),
    withComments: access.canRead({ type: 'ContractEvent', field: 'comment' }),
  };
}

/** What the user narrowed the contract list to. */
export interface ContractFilters {
  number?: string;
  statuses?: ContractStatus[];
}

export function contractWhere(filters: ContractFilters): ContractFilterInput | undefined {
  const conditions: ContractFilterInput[] = [];
  const number = filters.number?.trim();
  if (number) conditions.push({ number: { contains: number.toUpperCase() } });
  if (filters.statuses?.length) conditions.push({ status: { in: filters.statuses } });
  return conditions.length ? { and: conditions } : undefined;
}

export function fetchContracts(
  access: Access,
  filters: ContractFilters,
  first: number,
  after: string | null,
  signal?: AbortSignal,
  order?: ContractSortInput[],
) {
  const { withCost } = contractFieldFlags(access);
  return graphqlClient
    .request(
      ContractsQuery,
      { first, after, withCost, where: contractWhere(filters), order },
      signal,
    )
    .then((data) => ({
      ...data.contracts,
      nodes: getFragmentData(ContractRowFragment, data.contracts.nodes),
    }));
}
