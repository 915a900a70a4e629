import type { ResultOf } from '@graphql-typed-document-node/core';
import { queryOptions, useQuery, useQueryClient } from '@tanstack/react-query';
import { getFragmentData } from '@/gql/fragment-masking';
import { graphql } from '@/gql/gql';
import type {
  TargetPartInput,
  TargetRowFragment as TargetRow,
  TargetTreeFieldsFragment as TargetTreeFields,
} from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import { readAllPages } from '@/lib/cursor-pages';
import { readUserErrors, type UserError } from '@/lib/graphql-errors';
import { sharedQueryKeys } from '@/lib/query-keys';

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
      code
    }
    staff {
      id
      name
    }
  }
`);

export const TargetTreeFieldsFragment = graphql(`
  fragment TargetTreeFields on TargetTreeNode {
    level
    salesActual
    salesGap
    achievementRate
    collectedActual
    collectionGap
    collectionAchievementRate
    newCustomersActual
    newCustomersGap
    childrenSalesAmount
    unallocatedSalesAmount
    unallocatedCollectionAmount
    unallocatedNewCustomers
    target {
      ...TargetRow
    }
  }
`);

// One level of children: the API's split figures (`childrenSalesAmount`, `unallocated*`) cover every child also at
// the depth cut, so a child there still shows its split check. A director's year at full size holds thousands of
// reps, so the levels below are read when a row is opened (`root`).
export const TargetTreeQuery = graphql(`
  query TargetTree($year: Int, $root: ID) {
    targetTree(year: $year, root: $root, depth: 1) {
      ...TargetTreeFields
      children {
        ...TargetTreeFields
      }
    }
  }
`);

export const TargetPartRegionsQuery = graphql(`
  query TargetPartRegions {
    regions(
      first: 500
      where: { level: { eq: 1 }, isActive: { eq: true } }
      order: [{ name: ASC }]
    ) {
      nodes {
        id
        name
      }
    }
  }
`);

export const TargetPartRepsQuery = graphql(`
  query TargetPartReps($first: Int, $after: String, $where: StaffFilterInput) {
    staff(first: $first, after: $after, where: $where, order: [{ name: ASC }]) {
      totalCount
      pageInfo {
        ...PageInfoFields
      }
      nodes {
        id
        name
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
        ...UserErrorFields
      }
    }
  }
`);

/** A node of `targetTree` as read: its figures, its target, and the children read with it (one level). */
export interface TreeNodeData {
  node: TargetTreeFields;
  target: TargetRow;
  children: { node: TargetTreeFields; target: TargetRow }[];
}

const unmask = (node: TargetTreeFields) => ({
  node,
  target: getFragmentData(TargetRowFragment, node.target),
});

/** The roots of a year's tree (`year`), or one target (`root`), each with its children. */
export async function fetchTargetTree(
  args: { year: number } | { root: string },
  signal?: AbortSignal,
): Promise<TreeNodeData[]> {
  const data = await graphqlClient.request(TargetTreeQuery, args, signal);
  return data.targetTree.map((raw) => {
    const node = getFragmentData(TargetTreeFieldsFragment, raw);
    return {
      ...unmask(node),
      children: getFragmentData(TargetTreeFieldsFragment, raw.children).map(unmask),
    };
  });
}

/** A region or rep a target can be split over. */
export type PartOption = ResultOf<typeof TargetPartRegionsQuery>['regions']['nodes'][number];

const maxOptions = 2_000;

/** The 大区 a company target can be split over. */
export async function fetchRegionOptions(signal?: AbortSignal): Promise<PartOption[]> {
  const data = await graphqlClient.request(TargetPartRegionsQuery, {}, signal);
  return data.regions.nodes;
}

/** The active reps of a region and its 片区, which a region target can be split over. */
export async function fetchRepOptions(
  regionCode: string,
  signal?: AbortSignal,
): Promise<PartOption[]> {
  const { rows } = await readAllPages(
    (first, after) =>
      graphqlClient
        .request(
          TargetPartRepsQuery,
          {
            first,
            after,
            where: {
              role: { eq: 'SALES_REP' },
              isActive: { eq: true },
              or: [
                { region: { code: { eq: regionCode } } },
                { region: { parent: { code: { eq: regionCode } } } },
              ],
            },
          },
          signal,
        )
        .then((data) => data.staff),
    maxOptions,
  );
  return rows;
}

export async function splitTarget(
  parent: TargetRow,
  children: TargetPartInput[],
): Promise<{ errors: readonly UserError[] }> {
  const data = await graphqlClient.request(SplitTargetMutation, {
    input: { targetId: parent.id, version: parent.version, children },
  });
  return { errors: readUserErrors(data.splitTarget.errors) };
}

/** Every query key of the targets feature; components use the options and hooks below. */
export const targetKeys = {
  all: ['targets'] as const,
  tree: (username: string, year: number) => ['targets', username, year] as const,
  subtree: (username: string, year: number, root: string) =>
    ['targets', username, year, 'subtree', root] as const,
  partOptions: (username: string, kind: string | null, regionCode: string | null) =>
    ['targets', username, 'part-options', kind, regionCode] as const,
};

/** The roots of a year's tree with their parts. */
export const getTargetTreeQueryOptions = (username: string, year: number) =>
  queryOptions({
    queryKey: targetKeys.tree(username, year),
    queryFn: ({ signal }) => fetchTargetTree({ year }, signal),
  });

/** One target of a year's tree with its parts, read when its row is opened. */
export const getTargetSubtreeQueryOptions = (username: string, year: number, root: string) =>
  queryOptions({
    queryKey: targetKeys.subtree(username, year, root),
    queryFn: ({ signal }) => fetchTargetTree({ root }, signal).then((nodes) => nodes[0] ?? null),
  });

export function useTargetTree(year: number) {
  return useQuery(getTargetTreeQueryOptions(useAccess().me.username, year));
}

/** What a target can be split over: the 大区 (`region`) or a region's active reps (`staff`). */
export function useTargetPartOptions(kind: string | null, regionCode: string | null | undefined) {
  const access = useAccess();
  return useQuery({
    queryKey: targetKeys.partOptions(access.me.username, kind, regionCode ?? null),
    queryFn: ({ signal }) =>
      kind === 'region' ? fetchRegionOptions(signal) : fetchRepOptions(regionCode ?? '', signal),
    enabled: kind === 'region' || (kind === 'staff' && regionCode != null),
  });
}

/** Reads a year's tree again, its opened rows included. */
export function useReloadTargetTree(year: number) {
  const queryClient = useQueryClient();
  const { username } = useAccess().me;
  return () => queryClient.invalidateQueries({ queryKey: targetKeys.tree(username, year) });
}

/** After a split: every target read and the KPI figures (achievement follows the targets) are read again. */
export function useRefreshAfterSplit() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: targetKeys.all }),
      queryClient.invalidateQueries({ queryKey: sharedQueryKeys.kpis }),
    ]);
}
