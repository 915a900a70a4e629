import type { ResultOf } from '@graphql-typed-document-node/core';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { contractKeys } from '@/features/contracts/api/contract-keys';
import { graphql } from '@/gql/gql';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';

/** The approval rules as the server is configured: the editor's hint follows them, it keeps no copy. */
export const ApprovalPolicyQuery = graphql(`
  query ApprovalPolicy {
    me {
      approvalPolicy {
        repDiscountLimit
        managerDiscountLimit
        majorContractAmount
        creditApproverRoles
        levels {
          level
          approverRoles
        }
      }
    }
  }
`);

export type ApprovalPolicy = ResultOf<typeof ApprovalPolicyQuery>['me']['approvalPolicy'];

// The policy changes only with the server's configuration: read once per sign-in.
export const getApprovalPolicyQueryOptions = (username: string) =>
  queryOptions({
    queryKey: contractKeys.approvalPolicy(username),
    queryFn: ({ signal }) =>
      graphqlClient.request(ApprovalPolicyQuery, {}, signal).then((data) => data.me.approvalPolicy),
    staleTime: Infinity,
  });

export function useApprovalPolicy() {
  const access = useAccess();
  return useQuery(getApprovalPolicyQueryOptions(access.me.username));
}
