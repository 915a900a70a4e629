import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type { TargetPartInput, TargetRowFragment as TargetRow } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import { readAllPages } from '@/lib/cursor-pages';
import type { UserError } from '@/lib/graphql-errors';

export type { TargetRow };

export const TargetRowFragment = graphql(`
  fragment TargetRow on Target {
    id
    year
    quarter
    month
    scope
    salesAmount
    collectionAmount
    newCustomers
    version
    region {
      id
      name
    }
    staff {
      id
      name
    }
    parent {
      id
    }
  }
`);

export const TargetsQuery = graphql(`
  query Targets($first: Int, $after: String, $where: TargetFilterInput) {
    targets(first: $first, after: $after, where: $where) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        ...TargetRow
      }
    }
  }
`);

export const SplitTargetMutation = graphql(`
  mutation SplitTarget($input: SplitTargetInput!) {
    splitTarget(input: $input) {
      target {
        id
        version
      }
      errors {
        code
        message
        path
      }
    }
  }
`);

/** A year's targets hold a few hundred rows (every rep by quarter and month), read in full to build the tree. */
const maxTargets = 5_000;

export async function fetchYearTargets(year: number, signal?: AbortSignal): Promise<TargetRow[]> {
  const { rows } = await readAllPages(
    (first, after) =>
      graphqlClient
        .request(TargetsQuery, { first, after, where: { year: { eq: year } } }, signal)
        .then((data) => ({
          ...data.targets,
          nodes: getFragmentData(TargetRowFragment, data.targets.nodes),
        })),
    maxTargets,
  );
  return rows;
}

export async function splitTarget(
  parent: TargetRow,
  children: TargetPartInput[],
): Promise<{ errors: UserError[] }> {
  const data = await graphqlClient.request(SplitTargetMutation, {
    input: { targetId: parent.id, version: parent.version, children },
  });
  return data.splitTarget;
}
