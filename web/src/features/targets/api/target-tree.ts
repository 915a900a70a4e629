import type { TargetRow } from '@/features/targets/api/targets';
import type { TargetPartInput } from '@/gql/graphql';
import type { MoneyValue } from '@/utils/format';

/** A target with the targets it is split into: company → regions → reps → quarters → months. */
export interface TargetNode {
  key: string;
  target: TargetRow;
  children?: TargetNode[];
}

const scopeOrder = { COMPANY: 0, REGION: 1, STAFF: 2 } as const;

function compareTargets(a: TargetRow, b: TargetRow): number {
  return (
    scopeOrder[a.scope] - scopeOrder[b.scope] ||
    (a.region?.name ?? '').localeCompare(b.region?.name ?? '', 'zh-CN') ||
    (a.staff?.name ?? '').localeCompare(b.staff?.name ?? '', 'zh-CN') ||
    (a.quarter ?? 0) - (b.quarter ?? 0) ||
    (a.month ?? 0) - (b.month ?? 0)
  );
}

/**
 * Builds the tree from a flat list. A target whose parent is not in the list (a manager does not see the
 * company target above its region's) is a root.
 */
export function buildTargetTree(rows: readonly TargetRow[]): TargetNode[] {
  const nodes = new Map(
    rows.map((target) => [target.id, { key: target.id, target } as TargetNode]),
  );
  const roots: TargetNode[] = [];
  for (const target of [...rows].sort(compareTargets)) {
    const node = nodes.get(target.id);
    if (!node) continue;
    const parent = target.parent ? nodes.get(target.parent.id) : undefined;
    if (parent) (parent.children ??= []).push(node);
    else roots.push(node);
  }
  return roots;
}

export const targetFigures = ['salesAmount', 'collectionAmount', 'newCustomers'] as const;

export type TargetFigure = (typeof targetFigures)[number];

export type Figures = Record<TargetFigure, MoneyValue | null | undefined>;

export interface FigureCheck {
  sum: number;
  target: number;
  /** target − sum: positive when the parts fall short, negative when they exceed it. */
  gap: number;
}

export interface SumCheck {
  figures: Record<TargetFigure, FigureCheck>;
  balanced: boolean;
}

// Money is compared in fen (integer cents), so 0.1 + 0.2 sums to exactly 0.3.
const toCents = (value: MoneyValue | null | undefined) => Math.round(Number(value ?? 0) * 100);

/** Whether the parts of a split sum exactly to their parent, figure by figure (what splitTarget demands). */
export function checkSplitSum(parent: Figures, parts: readonly Partial<Figures>[]): SumCheck {
  const figures = {} as Record<TargetFigure, FigureCheck>;
  for (const figure of targetFigures) {
    const sum = parts.reduce((total, part) => total + toCents(part[figure]), 0);
    const target = toCents(parent[figure]);
    figures[figure] = { sum: sum / 100, target: target / 100, gap: (target - sum) / 100 };
  }
  return { figures, balanced: targetFigures.every((f) => figures[f].gap === 0) };
}

/** What a split part is (a region, a rep, a quarter or a month) and its current figures. */
export interface SplitPart {
  key: string;
  kind: 'region' | 'staff' | 'quarter' | 'month';
  name?: string;
  input: Pick<TargetPartInput, 'regionId' | 'staffId' | 'quarter' | 'month'>;
  figures: Figures;
}

/**
 * The parts a target can be split into: its existing children, or, for a rep's yearly or quarterly target
 * not yet split, its quarters or months (zero, to be filled in). A month is not split further.
 */
export function splitParts(node: TargetNode): SplitPart[] {
  const parent = node.target;
  if (node.children?.length) {
    return node.children.map(({ target }) => {
      const figures = pickFigures(target);
      if (target.scope === 'REGION' && parent.scope === 'COMPANY')
        return {
          key: target.id,
          kind: 'region',
          name: target.region?.name,
          input: { regionId: target.region?.id },
          figures,
        };
      if (target.scope === 'STAFF' && parent.scope !== 'STAFF')
        return {
          key: target.id,
          kind: 'staff',
          name: target.staff?.name,
          input: { staffId: target.staff?.id },
          figures,
        };
      if (parent.quarter == null)
        return { key: target.id, kind: 'quarter', input: { quarter: target.quarter }, figures };
      return { key: target.id, kind: 'month', input: { month: target.month }, figures };
    });
  }
  const zero: Figures = { salesAmount: 0, collectionAmount: 0, newCustomers: 0 };
  if (parent.month != null || parent.scope !== 'STAFF') return [];
  if (parent.quarter == null) {
    return [1, 2, 3, 4].map((quarter) => ({
      key: `q${quarter}`,
      kind: 'quarter',
      input: { quarter },
      figures: zero,
    }));
  }
  const first = (parent.quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2].map((month) => ({
    key: `m${month}`,
    kind: 'month',
    input: { month },
    figures: zero,
  }));
}

export const pickFigures = (target: TargetRow): Figures => ({
  salesAmount: target.salesAmount,
  collectionAmount: target.collectionAmount,
  newCustomers: target.newCustomers,
});
