import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { GradeProposalStatus } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';
import { sharedQueryKeys } from '@/lib/query-keys';

export const CreditPolicyQuery = graphql(`
  query CreditPolicy {
    creditPolicy {
      id
      grade
      creditLimit
      paymentTermDays
      version
      updatedAt
      updatedBy {
        id
        name
      }
    }
  }
`);

export type CreditPolicyRow = NonNullable<
  ResultOf<typeof CreditPolicyQuery>['creditPolicy']
>[number];

export const SetCreditPolicyMutation = graphql(`
  mutation SetCreditPolicy($input: SetCreditPolicyInput!) {
    setCreditPolicy(input: $input) {
      creditPolicy {
        id
        grade
        creditLimit
        paymentTermDays
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const GradeProposalRowFields = graphql(`
  fragment GradeProposalRowFields on GradeProposal {
    id
    fromGrade
    toGrade
    status
    reason
    decisionNote
    proposedAt
    decidedAt
    isStale
    version
    customer {
      id
      code
      name
      grade
      creditOverride @include(if: $withCredit)
    }
    proposedBy {
      id
      name
    }
    decidedBy {
      id
      name
    }
  }
`);

export type GradeProposalRow = ResultOf<typeof GradeProposalRowFields>;

export const GradeProposalsQuery = graphql(`
  query GradeProposals(
    $first: Int
    $after: String
    $where: GradeProposalFilterInput
    $withCredit: Boolean!
  ) {
    gradeProposals(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...GradeProposalRowFields
      }
    }
  }
`);

export const CustomerGradeProposalsQuery = graphql(`
  query CustomerGradeProposals($id: ID!, $first: Int, $after: String, $withCredit: Boolean!) {
    customer(id: $id) {
      id
      name
      grade
      version
      gradeProposals(first: $first, after: $after) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          ...GradeProposalRowFields
        }
      }
    }
  }
`);

export const ProposeGradeChangeMutation = graphql(`
  mutation ProposeGradeChange($input: ProposeGradeChangeInput!) {
    proposeGradeChange(input: $input) {
      gradeProposal {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ApproveGradeProposalMutation = graphql(`
  mutation ApproveGradeProposal($input: DecideGradeProposalInput!) {
    approveGradeProposal(input: $input) {
      gradeProposal {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RejectGradeProposalMutation = graphql(`
  mutation RejectGradeProposal($input: DecideGradeProposalInput!) {
    rejectGradeProposal(input: $input) {
      gradeProposal {
        id
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** The credit feature's query keys; components never build one. */
export const creditKeys = {
  all: ['credit'] as const,
  policy: ['credit', 'policy'] as const,
  proposals: (username: string, status: GradeProposalStatus | null, withCredit: boolean) =>
    ['credit', 'proposals', username, status, withCredit] as const,
  ofCustomer: (customerId: string, withCredit: boolean) =>
    ['credit', 'customer', customerId, withCredit] as const,
};

/** The credit policy, for those `me` lets read it (otherwise not asked). */
export function useCreditPolicy(enabled: boolean) {
  return useQuery({
    queryKey: creditKeys.policy,
    queryFn: ({ signal }) => graphqlClient.request(CreditPolicyQuery, {}, signal),
    enabled,
  });
}

/** The grade proposals in the caller's scope, oldest first; `status` null lists all. */
export function gradeProposalsList(
  username: string,
  status: GradeProposalStatus | null,
  withCredit: boolean,
): CursorSource<GradeProposalRow> {
  return {
    queryKey: creditKeys.proposals(username, status, withCredit),
    fetchPage: (first, after, signal) =>
      graphqlClient
        .request(
          GradeProposalsQuery,
          { first, after, withCredit, where: status ? { status: { eq: status } } : undefined },
          signal,
        )
        .then((d) => {
          const page = d.gradeProposals ?? {
            totalCount: 0,
            pageInfo: {
              hasNextPage: false,
              hasPreviousPage: false,
              startCursor: null,
              endCursor: null,
            },
            nodes: [],
          };
          return { ...page, nodes: getFragmentData(GradeProposalRowFields, page.nodes) };
        }),
  };
}

/** One customer's grade proposals (the manager follows its proposal here). */
export function useCustomerGradeProposals(customerId: string, withCredit: boolean) {
  return useQuery({
    queryKey: creditKeys.ofCustomer(customerId, withCredit),
    queryFn: ({ signal }) =>
      graphqlClient.request(
        CustomerGradeProposalsQuery,
        { id: customerId, first: 20, withCredit },
        signal,
      ),
  });
}

/** Everything a grade decision changes: the proposals, the policy view, the customer files and lists, the KPIs by grade. */
export function useRefreshAfterCredit() {
  const client = useQueryClient();
  return () =>
    Promise.all(
      [
        creditKeys.all,
        sharedQueryKeys.customerFiles,
        sharedQueryKeys.customerLists,
        sharedQueryKeys.kpis,
      ].map((queryKey) => client.invalidateQueries({ queryKey })),
    );
}
