import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { complaintKeys, complaintQueryKeys } from '@/features/complaints/api/complaint-keys';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { ComplaintSortInput, ComplaintStatus } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import type { CursorSource } from '@/lib/cursor-pages';

export const ComplaintRowFields = graphql(`
  fragment ComplaintRowFields on Complaint {
    id
    number
    status
    category
    severity
    description
    receivedAt
    answerDueAt
    answeredAt
    isAnswerOverdue
    answerMinutesLeft
    version
    customer {
      id
      name
    }
    owner {
      id
      name
    }
    forwardedTo {
      id
      name
    }
  }
`);

export type ComplaintRow = ResultOf<typeof ComplaintRowFields>;

export const ComplaintsQuery = graphql(`
  query Complaints(
    $first: Int
    $after: String
    $order: [ComplaintSortInput!]
    $where: ComplaintFilterInput
  ) {
    complaints(first: $first, after: $after, order: $order, where: $where) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        ...ComplaintRowFields
      }
    }
  }
`);

export const CustomerComplaintsQuery = graphql(`
  query CustomerComplaints($id: ID!, $first: Int, $after: String, $order: [ComplaintSortInput!]) {
    customer(id: $id) {
      id
      complaints(first: $first, after: $after, order: $order) {
        totalCount
        pageInfo {
          ...PageInfoFields
        }
        nodes {
          ...ComplaintRowFields
        }
      }
    }
  }
`);

/**
 * The caller's complaints, optionally of one status: open work first by its due time (the most urgent on top),
 * everything else newest first; sortable by the table's columns.
 */
export const complaintsList = (
  username: string,
  status: ComplaintStatus | undefined,
): CursorSource<ComplaintRow> => ({
  queryKey: complaintKeys.list(username, status),
  fetchPage: (first, after, signal, order) =>
    graphqlClient
      .request(
        ComplaintsQuery,
        {
          first,
          after,
          order:
            (order as ComplaintSortInput[] | undefined) ??
            (status === 'OPEN' || status === 'FORWARDED'
              ? [{ answerDueAt: 'ASC' }]
              : [{ receivedAt: 'DESC' }]),
          where: status ? { status: { eq: status } } : undefined,
        },
        signal,
      )
      .then((data) => ({
        ...data.complaints,
        nodes: getFragmentData(ComplaintRowFields, data.complaints.nodes),
      })),
});

/** One customer's complaints, newest first. */
export const customerComplaintsList = (customerId: string): CursorSource<ComplaintRow> => ({
  queryKey: complaintKeys.ofCustomer(customerId),
  fetchPage: async (first, after, signal, order) => {
    const data = await graphqlClient.request(
      CustomerComplaintsQuery,
      {
        id: customerId,
        first,
        after,
        order: (order as ComplaintSortInput[] | undefined) ?? [{ receivedAt: 'DESC' }],
      },
      signal,
    );
    if (!data.customer) throw new Error('The customer is not in your scope.');
    const page = data.customer.complaints;
    return { ...page, nodes: getFragmentData(ComplaintRowFields, page.nodes) };
  },
});

const ComplaintCustomerQuery = graphql(`
  query ComplaintCustomer($id: ID!) {
    customer(id: $id) {
      id
      name
    }
  }
`);

/** The customer a complaint is logged on, for the dialog's title. */
export function useComplaintCustomer(id: string) {
  return useQuery({
    queryKey: complaintKeys.customer(id),
    queryFn: ({ signal }) => graphqlClient.request(ComplaintCustomerQuery, { id }, signal),
    select: (data) => data.customer,
  });
}

const ColleaguesQuery = graphql(`
  query ComplaintColleagues {
    staff(first: 200, where: { isActive: { eq: true } }, order: [{ name: ASC }]) {
      nodes {
        id
        name
        role
      }
    }
  }
`);

/** Who a complaint can be forwarded to: active colleagues who work with customers (the API checks again). */
export function useColleagues() {
  return useQuery({
    queryKey: complaintKeys.colleagues,
    queryFn: ({ signal }) => graphqlClient.request(ColleaguesQuery, {}, signal),
    select: (data) =>
      data.staff.nodes.filter(
        (s) => s.role !== 'ADMIN' && s.role !== 'BI_ANALYST' && s.role !== 'INTEGRATION',
      ),
    staleTime: 5 * 60_000,
  });
}

export const LogComplaintMutation = graphql(`
  mutation LogComplaint($input: LogComplaintInput!) {
    logComplaint(input: $input) {
      complaint {
        id
        number
        answerDueAt
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const AnswerComplaintMutation = graphql(`
  mutation AnswerComplaint($input: AnswerComplaintInput!) {
    answerComplaint(input: $input) {
      complaint {
        id
        number
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ForwardComplaintMutation = graphql(`
  mutation ForwardComplaint($input: ForwardComplaintInput!) {
    forwardComplaint(input: $input) {
      complaint {
        id
        number
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const ResolveComplaintMutation = graphql(`
  mutation ResolveComplaint($input: ResolveComplaintInput!) {
    resolveComplaint(input: $input) {
      complaint {
        id
        number
        status
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** After a complaint was logged or stepped: its lists and the KPIs are read again. */
export function useRefreshAfterComplaint() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all(complaintQueryKeys.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
}
