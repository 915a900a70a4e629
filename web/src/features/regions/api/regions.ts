import { queryOptions, useQuery } from '@tanstack/react-query';
import { graphql } from '@/gql/gql';
import type { RegionsQuery as RegionsResult } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';

export const RegionsQuery = graphql(`
  query Regions {
    regions(first: 500) {
      totalCount
      nodes {
        id
        code
        name
        level
        isActive
        parent {
          id
        }
        manager {
          id
          name
        }
      }
    }
  }
`);

export const getRegionsQueryOptions = () =>
  queryOptions({
    queryKey: ['regions'],
    queryFn: ({ signal }) => graphqlClient.request(RegionsQuery, {}, signal),
  });

/** Every region the caller may see, flat. */
export const useRegions = () => useQuery(getRegionsQueryOptions());

export type RegionRow = RegionsResult['regions']['nodes'][number];

export interface RegionNode extends RegionRow {
  children?: RegionNode[];
}

/** The flat region list as a tree of 大区 with their 片区; an orphan (parent out of sight) becomes a root. */
export function buildRegionTree(rows: readonly RegionRow[]): RegionNode[] {
  const nodes = new Map<string, RegionNode>(rows.map((r) => [r.id, { ...r }]));
  const roots: RegionNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parent ? nodes.get(node.parent.id) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  const byCode = (a: RegionNode, b: RegionNode) => a.code.localeCompare(b.code);
  const sort = (list: RegionNode[]) => {
    list.sort(byCode);
    list.forEach((n) => n.children && sort(n.children));
  };
  sort(roots);
  return roots;
}
