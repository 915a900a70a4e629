import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQuery } from '@tanstack/react-query';
import type { WithinDays } from '@/features/visits/api/contact-rules';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { ContactDueRowFragment as ContactDueRow } from '@/gql/graphql';
import type { Access } from '@/lib/access/access';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';
import { sharedQueryKeys } from '@/lib/query-keys';

export type { ContactDueRow };

export const ContactDueRowFragment = graphql(`
  fragment ContactDueRow on Customer {
    id
    code
    name
    grade
    owner {
      id
      name
    }
    lastContactAt
    nextContactDueOn
    isContactOverdue
  }
`);

export const ContactsDueQuery = graphql(`
  query ContactsDue($withinDays: Int, $first: Int, $after: String) {
    contactsDue(withinDays: $withinDays, first: $first, after: $after) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ContactDueRow
      }
    }
  }
`);

export const ContactComplianceQuery = graphql(`
  query ContactCompliance {
    contactCompliance {
      staff {
        id
        name
      }
      customers
      onTime
      rate
    }
  }
`);

/**
 * The visits feature's query keys, under the shared cadence root: a visit or call logged anywhere (the customer
 * page, this list) refreshes them.
 */
export const visitKeys = {
  dueList: (username: string, withinDays: WithinDays) =>
    [...sharedQueryKeys.contactCadence, 'due', username, withinDays] as const,
  compliance: (username: string) =>
    [...sharedQueryKeys.contactCadence, 'compliance', username] as const,
};

/** The customers due a contact within `withinDays`, overdue first (the API's order), as a paged table reads them. */
export function contactsDueList(
  access: Access,
  withinDays: WithinDays,
): CursorSource<ContactDueRow> {
  return {
    queryKey: visitKeys.dueList(access.me.username, withinDays),
    fetchPage: (first, after, signal) =>
      graphqlClient
        .request(ContactsDueQuery, { withinDays, first, after }, signal)
        .then((data) => ({
          ...data.contactsDue,
          nodes: getFragmentData(ContactDueRowFragment, data.contactsDue.nodes),
        })),
  };
}

export type ContactComplianceRow = ResultOf<
  typeof ContactComplianceQuery
>['contactCompliance'][number];

/** Compliance by owner rep over the caller's customers (the page asks only for callers who see a team). */
export function useContactCompliance(access: Access) {
  return useQuery({
    queryKey: visitKeys.compliance(access.me.username),
    queryFn: ({ signal }) =>
      graphqlClient
        .request(ContactComplianceQuery, {}, signal)
        .then((data) => data.contactCompliance),
  });
}
