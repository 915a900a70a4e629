import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { returnKeys, returnQueryKeys } from '@/features/returns/api/return-keys';
import { graphql } from '@/gql/gql';
import type { ReturnRequestSortInput, ReturnStatus } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export const ReturnRequestsQuery = graphql(`
  query ReturnRequests(
    $first: Int
    $after: String
    $order: [ReturnRequestSortInput!]
    $where: ReturnRequestFilterInput
  ) {
    returnRequests(first: $first, after: $after, order: $order, where: $where) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        number
        status
        amount
        requestedAt
        customer {
          id
          name
        }
        shipment {
          id
          noticeNumber
        }
        creditNote {
          number
          amount
        }
      }
    }
  }
`);

export type ReturnRow = ResultOf<typeof ReturnRequestsQuery>['returnRequests']['nodes'][number];

function fetchReturns(
  first: number,
  after: string | null,
  status: ReturnStatus | undefined,
  signal?: AbortSignal,
  order?: ReturnRequestSortInput[],
) {
  return graphqlClient
    .request(
      ReturnRequestsQuery,
      {
        first,
        after,
        order: order ?? [{ requestedAt: 'DESC' }],
        where: status ? { status: { eq: status } } : undefined,
      },
      signal,
    )
    .then((data) => data.returnRequests);
}

/** The caller's returns, newest first, optionally of one status, as a paged table reads them. */
export const returnsList = (
  username: string,
  status: ReturnStatus | undefined,
): CursorSource<ReturnRow> => ({
  queryKey: returnKeys.list(username, status),
  fetchPage: (first, after, signal, order) =>
    fetchReturns(first, after, status, signal, order as ReturnRequestSortInput[] | undefined),
});

export const ReturnRequestQuery = graphql(`
  query ReturnRequest($id: ID!) {
    returnRequest(id: $id) {
      id
      number
      status
      reason
      amount
      version
      requestedAt
      decidedAt
      rejectionReason
      receivedOn
      carrierNote
      customer {
        id
        name
      }
      shipment {
        id
        noticeNumber
        deliveredOn
        contract {
          id
          number
        }
      }
      requestedBy {
        name
      }
      decidedBy {
        name
      }
      receivedBy {
        name
      }
      lines(first: 100) {
        nodes {
          id
          lineNo
          quantity
          receivedQuantity
          unitPrice
          amount
          creditedAmount
          product {
            sku
            name
          }
        }
      }
      creditNote {
        number
        amount
        issuedOn
      }
    }
  }
`);

export function useReturnRequest(id: string) {
  return useQuery({
    queryKey: returnKeys.detail(id),
    queryFn: ({ signal }) => graphqlClient.request(ReturnRequestQuery, { id }, signal),
  });
}

export type ReturnDetail = NonNullable<ResultOf<typeof ReturnRequestQuery>['returnRequest']>;

export const ContractShipmentsQuery = graphql(`
  query ContractShipmentsForReturns($id: ID!) {
    contract(id: $id) {
      id
      number
      customer {
        id
        name
      }
      shipments(first: 50) {
        nodes {
          id
          noticeNumber
          status
          carrier
          shippedOn
          deliveredOn
        }
      }
    }
  }
`);

/** A contract's shipments, for the entry point of a return. */
export function useContractShipments(contractId: string) {
  return useQuery({
    queryKey: returnKeys.contractShipments(contractId),
    queryFn: ({ signal }) =>
      graphqlClient.request(ContractShipmentsQuery, { id: contractId }, signal),
  });
}

export const ReturnableLinesQuery = graphql(`
  query ReturnableLines($shipmentId: ID!) {
    returnableLines(shipmentId: $shipmentId) {
      shipmentLineId
      delivered
      returned
      returnable
      unitPrice
      product {
        sku
        name
      }
    }
  }
`);

/** What each line of a shipment can still be returned. */
export function useReturnableLines(shipmentId: string) {
  return useQuery({
    queryKey: returnKeys.returnable(shipmentId),
    queryFn: ({ signal }) => graphqlClient.request(ReturnableLinesQuery, { shipmentId }, signal),
  });
}

export const RequestReturnMutation = graphql(`
  mutation RequestReturn($input: RequestReturnInput!) {
    requestReturn(input: $input) {
      returnRequest {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApproveReturnMutation = graphql(`
  mutation ApproveReturn($input: ApproveReturnInput!) {
    approveReturn(input: $input) {
      returnRequest {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectReturnMutation = graphql(`
  mutation RejectReturn($input: RejectReturnInput!) {
    rejectReturn(input: $input) {
      returnRequest {
        id
        number
        status
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ReceiveReturnMutation = graphql(`
  mutation ReceiveReturn($input: ReceiveReturnInput!) {
    receiveReturn(input: $input) {
      returnRequest {
        id
        number
        status
        version
        creditNote {
          number
          amount
        }
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** Reads again everything a return step changes. */
export function useRefreshAfterReturn() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(returnQueryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
