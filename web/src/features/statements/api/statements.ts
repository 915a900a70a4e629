import type { ResultOf } from '@graphql-typed-document-node/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { env } from '@/config/env';
import { graphql } from '@/gql/gql';
import type { StatementSortInput, StatementStatus } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import { loadSession } from '@/lib/auth-session';
import type { CursorSource } from '@/lib/cursor-pages';

/** Every query key of the statements feature. */
export const statementKeys = {
  root: ['statements'] as const,
  list: (username: string, filters: StatementFilters) =>
    ['statements', 'list', username, filters] as const,
  detail: (id: string) => ['statements', 'detail', id] as const,
};

/** What the statements list shows: one status (DISPUTED is finance's disputes list) or all, and optionally one month. */
export interface StatementFilters {
  status: StatementStatus | 'ALL';
  month?: { year: number; month: number } | null;
}

export const StatementsQuery = graphql(`
  query Statements(
    $first: Int
    $after: String
    $order: [StatementSortInput!]
    $where: StatementFilterInput
  ) {
    statements(first: $first, after: $after, order: $order, where: $where) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        number
        year
        month
        status
        openingBalance
        closingBalance
        responseNote
        customer {
          id
          code
          name
        }
        owner {
          id
          name
        }
      }
    }
  }
`);

export type StatementRow = ResultOf<typeof StatementsQuery>['statements']['nodes'][number];

function fetchStatements(
  filters: StatementFilters,
  first: number,
  after: string | null,
  signal?: AbortSignal,
  order?: StatementSortInput[],
) {
  const where = {
    ...(filters.status === 'ALL' ? {} : { status: { eq: filters.status } }),
    ...(filters.month
      ? { year: { eq: filters.month.year }, month: { eq: filters.month.month } }
      : {}),
  };
  return graphqlClient
    .request(
      StatementsQuery,
      {
        first,
        after,
        order: order ?? [{ year: 'DESC' }, { month: 'DESC' }, { number: 'ASC' }],
        where: Object.keys(where).length ? where : undefined,
      },
      signal,
    )
    .then((data) => data.statements);
}

/** The caller's statements, newest month first, as a paged table reads them. */
export const statementsList = (
  username: string,
  filters: StatementFilters,
): CursorSource<StatementRow> => ({
  queryKey: statementKeys.list(username, filters),
  fetchPage: (first, after, signal, order) =>
    fetchStatements(filters, first, after, signal, order as StatementSortInput[] | undefined),
});

export const StatementQuery = graphql(`
  query Statement($id: ID!) {
    statement(id: $id) {
      id
      number
      year
      month
      periodStart
      periodEnd
      status
      openingBalance
      invoicedAmount
      creditedAmount
      receivedAmount
      closingBalance
      responseNote
      respondedAt
      version
      customer {
        id
        code
        name
      }
      owner {
        id
        name
      }
      respondedBy {
        id
        name
      }
      lines(first: 100) {
        nodes {
          id
          lineNo
          kind
          documentNumber
          on
          amount
          balance
        }
      }
    }
  }
`);

export type StatementDetail = NonNullable<ResultOf<typeof StatementQuery>['statement']>;

/** One statement with its lines. */
export function useStatement(id: string | null) {
  return useQuery({
    queryKey: statementKeys.detail(id ?? ''),
    queryFn: ({ signal }) => graphqlClient.request(StatementQuery, { id: id ?? '' }, signal),
    enabled: !!id,
    select: (data) => data.statement,
  });
}

export const GenerateStatementsMutation = graphql(`
  mutation GenerateStatements($input: GenerateStatementsInput!) {
    generateStatements(input: $input) {
      run {
        year
        month
        generated
        alreadyThere
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

export const RecordStatementResponseMutation = graphql(`
  mutation RecordStatementResponse($input: RecordStatementResponseInput!) {
    recordStatementResponse(input: $input) {
      statement {
        id
        number
        status
        responseNote
        version
      }
      errors {
        ...UserErrorFields
      }
    }
  }
`);

/** Reads again every statement list and detail. */
export function useRefreshStatements() {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: statementKeys.root });
}

/** Downloads the API's CSV of one statement (it needs the bearer token, so it is fetched, not linked). */
export async function downloadStatementCsv(id: string, number: string): Promise<void> {
  const base = env.graphqlEndpoint.replace(/\/graphql$/, '');
  const response = await fetch(`${base}/finance/statements/${encodeURIComponent(id)}.csv`, {
    headers: { Authorization: `Bearer ${loadSession()?.accessToken ?? ''}` },
  });
  if (!response.ok) throw new Error(`CSV ${response.status}`);
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = `statement-${number}.csv`;
  document.body.append(link);
  link.click();
  link.remove();
  URL.revokeObjectURL(url);
}
