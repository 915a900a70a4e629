import type { TargetRow, TreeNodeData } from '@/features/targets/api/targets';
import type { TargetTreeFieldsFragment, TargetTreeLevel } from '@/gql/graphql';

// Test data: targets and tree nodes as the API returns them, with only what a test cares about given.

export function targetRow(partial: Partial<TargetRow> & { id: string }): TargetRow {
  return {
    year: 2026,
    quarter: null,
    month: null,
    scope: 'STAFF',
    salesAmount: 0,
    collectionAmount: 0,
    newCustomers: 0,
    version: 1,
    region: null,
    staff: null,
    ...partial,
  } as TargetRow;
}

type Progress = Partial<Omit<TargetTreeFieldsFragment, 'target' | ' $fragmentName'>>;

/** A node of `targetTree`, split when `childrenSalesAmount` is given (or it has children). */
export function treeNode(
  level: TargetTreeLevel,
  target: Partial<TargetRow> & { id: string },
  progress: Progress = {},
  children: TreeNodeData[] = [],
): TreeNodeData {
  const row = targetRow({
    scope: level === 'COMPANY' ? 'COMPANY' : level === 'REGION' ? 'REGION' : 'STAFF',
    ...target,
  });
  const split = children.length > 0 || progress.childrenSalesAmount != null;
  return {
    node: {
      level,
      salesActual: 0,
      salesGap: row.salesAmount,
      achievementRate: null,
      collectedActual: 0,
      collectionGap: row.collectionAmount,
      collectionAchievementRate: null,
      newCustomersActual: 0,
      newCustomersGap: row.newCustomers,
      childrenSalesAmount: split ? row.salesAmount : null,
      unallocatedSalesAmount: split ? 0 : null,
      unallocatedCollectionAmount: split ? 0 : null,
      unallocatedNewCustomers: split ? 0 : null,
      ...progress,
      target: row as unknown as TargetTreeFieldsFragment['target'],
    },
    target: row,
    children,
  };
}

/** The same node as `targetTree` returns it over the wire (fragments unmasked are plain objects). */
export const wireNode = (data: TreeNodeData): unknown => ({
  ...data.node,
  target: data.target,
  children: data.children.map((child) => ({ ...child.node, target: child.target })),
});
