import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { ContractEditorOptionsQuery } from '@/features/contracts/api/contract-editor';
import { contractKeys } from '@/features/contracts/api/contract-keys';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type {
  ContractFilterInput,
  ContractRowFragment as ContractRow,
  ContractSortInput,
  ContractStatus,
} from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

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
    approvalState @include(if: $withApprovals) {
      level
      rules
      needsFinance
      given
      waitingFor
      approvers {
        id
        name
        role
      }
    }
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
    $withApprovals: Boolean = false
    $where: ContractFilterInput
    $order: [ContractSortInput!]
  ) {
    contracts(first: $first, after: $after, where: $where, order: $order) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ContractRow
      }
    }
  }
`);

export const ContractQuery = graphql(`
  query Contract($id: ID!, $withCost: Boolean!, $withComments: Boolean!, $withApprovals: Boolean!) {
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
    withApprovals: true,
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
  withApprovals = false,
) {
  const { withCost } = contractFieldFlags(access);
  return graphqlClient
    .request(
      ContractsQuery,
      { first, after, withCost, withApprovals, where: contractWhere(filters), order },
      signal,
    )
    .then((data) => ({
      ...data.contracts,
      nodes: getFragmentData(ContractRowFragment, data.contracts.nodes),
    }));
}

/** The contract list, or the approval queue (`queue`), as a paged table reads it. */
export function contractsList(
  access: Access,
  filters: ContractFilters,
  queue = false,
): CursorSource<ContractRow> {
  const { username } = access.me;
  return {
    queryKey: queue ? contractKeys.queue(username, filters) : contractKeys.list(username, filters),
    fetchPage: (first, after, signal, order) =>
      fetchContracts(
        access,
        filters,
        first,
        after,
        signal,
        order as ContractSortInput[] | undefined,
        // The list too: a rep sees there where each submitted contract waits (null for the others, one batch per page).
        true,
      ),
  };
}

export const getContractQueryOptions = (id: string, access: Access) => {
  const flags = contractFieldFlags(access);
  return queryOptions({
    queryKey: contractKeys.detail(id, flags),
    queryFn: ({ signal }) => graphqlClient.request(ContractQuery, { id, ...flags }, signal),
  });
};

/** One contract with its lines, history, invoices and payments. */
export function useContract(id: string) {
  return useQuery(getContractQueryOptions(id, useAccess()));
}

/** The contract the editor changes; none when drafting a new one. */
export function useContractForEdit(id: string | undefined) {
  const access = useAccess();
  return useQuery({
    queryKey: contractKeys.edit(id ?? ''),
    queryFn: ({ signal }) =>
      graphqlClient.request(ContractQuery, { id: id ?? '', ...contractFieldFlags(access) }, signal),
    enabled: !!id,
  });
}

/** The customers and products the editor offers to this caller. */
export function useContractEditorOptions() {
  const access = useAccess();
  return useQuery({
    queryKey: contractKeys.editorOptions(access.me.username),
    queryFn: ({ signal }) => graphqlClient.request(ContractEditorOptionsQuery, {}, signal),
  });
}

/** After a contract was written: the list, the approval queue and (with `id`) that contract are read again. */
export function useRefreshContracts() {
  const queryClient = useQueryClient();
  return (id?: string) =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: contractKeys.lists }),
      queryClient.invalidateQueries({ queryKey: contractKeys.queues }),
      ...(id ? [queryClient.invalidateQueries({ queryKey: contractKeys.contract(id) })] : []),
    ]);
}
