import type { PartOption, TargetRow, TreeNodeData } from '@/features/targets/api/targets';
import type { TargetPartInput, TargetTreeFieldsFragment, TargetTreeLevel } from '@/gql/graphql';
import type { UserError } from '@/lib/graphql-errors';
import type { MoneyValue } from '@/utils/format';

/**
 * A target of the tree (company → regions → reps → quarters → months) with what was achieved against it.
 * `children` is an empty list while a split target's parts are not read yet (antd then still offers to open it).
 */
export interface TargetNode {
  key: string;
  target: TargetRow;
  level: TargetTreeLevel;
  progress: Omit<TargetTreeFieldsFragment, 'target' | ' $fragmentName'>;
  /** Whether the target is split into parts (whether or not they are read). */
  isSplit: boolean;
  childrenLoaded: boolean;
  children?: TargetNode[];
}

type Read = Pick<TreeNodeData, 'node' | 'target'>;

/**
 * Builds the tree from the roots as read (each with one level of children) and the subtrees read since, by
 * target id, when rows were opened.
 */
export function buildTargetTree(
  roots: readonly TreeNodeData[],
  subtrees: ReadonlyMap<string, TreeNodeData> = new Map(),
): TargetNode[] {
  const toNode = ({ node, target }: Read, read?: readonly Read[]): TargetNode => {
    const isSplit = node.childrenSalesAmount != null;
    const parts = read?.length ? read : subtrees.get(target.id)?.children;
    return {
      key: target.id,
      target,
      level: node.level,
      progress: node,
      isSplit,
      childrenLoaded: !isSplit || parts !== undefined,
      children: parts?.length
        ? parts.map((part) => toNode(part))
        : isSplit && parts === undefined
          ? []
          : undefined,
    };
  };
  return roots.map((root) => toNode(root, root.children));
}

/** The split targets shown open whose parts are not read yet. */
export function unreadParts(tree: readonly TargetNode[], open: readonly string[]): string[] {
  const wanted = new Set(open);
  const found: string[] = [];
  const walk = (nodes: readonly TargetNode[]) => {
    for (const node of nodes) {
      if (!node.childrenLoaded && wanted.has(node.key)) found.push(node.key);
      if (node.children) walk(node.children);
    }
  };
  walk(tree);
  return found;
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

/** What the parts of a split target leave unallocated (the API's `unallocated*`); null when it is not split. */
export function treeSplitCheck(
  node: TargetNode,
): { gaps: Record<TargetFigure, number>; balanced: boolean } | null {
  if (!node.isSplit) return null;
  const gaps: Record<TargetFigure, number> = {
    salesAmount: toCents(node.progress.unallocatedSalesAmount) / 100,
    collectionAmount: toCents(node.progress.unallocatedCollectionAmount) / 100,
    newCustomers: Number(node.progress.unallocatedNewCustomers ?? 0),
  };
  return { gaps, balanced: targetFigures.every((f) => gaps[f] === 0) };
}

/** What a split part is (a region, a rep, a quarter or a month) and its current figures. */
export interface SplitPart {
  key: string;
  kind: 'region' | 'staff' | 'quarter' | 'month';
  name?: string;
  input: Pick<TargetPartInput, 'regionId' | 'staffId' | 'quarter' | 'month'>;
  figures: Figures;
  /** The part is split further itself: the API refuses to remove it. */
  isSplit?: boolean;
}

const zero: Figures = { salesAmount: 0, collectionAmount: 0, newCustomers: 0 };

/** The kind of part a target is split into: 大区 of the company, reps of a region, periods of a rep's year. */
export function partKind(node: TargetNode): SplitPart['kind'] | null {
  switch (node.level) {
    case 'COMPANY':
      return 'region';
    case 'REGION':
      return 'staff';
    case 'STAFF':
      return 'quarter';
    case 'QUARTER':
      return 'month';
    default:
      return null;
  }
}

/** The periods below a rep's yearly target (its quarters) or quarterly target (its months). */
function periods(node: TargetNode): SplitPart[] {
  const kind = partKind(node);
  if (kind === 'quarter')
    return [1, 2, 3, 4].map((quarter) => ({
      key: `q${quarter}`,
      kind,
      input: { quarter },
      figures: zero,
    }));
  if (kind !== 'month' || node.target.quarter == null) return [];
  const first = (node.target.quarter - 1) * 3 + 1;
  return [first, first + 1, first + 2].map((month) => ({
    key: `m${month}`,
    kind,
    input: { month },
    figures: zero,
  }));
}

/**
 * The parts a target is split into now: its existing children, or, for a rep's yearly or quarterly target
 * not yet split, its quarters or months (zero, to be filled in).
 */
export function splitParts(node: TargetNode): SplitPart[] {
  const kind = partKind(node);
  if (!kind) return [];
  if (!node.children?.length) return kind === 'quarter' || kind === 'month' ? periods(node) : [];
  return node.children.map((child) => {
    const { target } = child;
    const base = { key: target.id, kind, figures: pickFigures(target), isSplit: child.isSplit };
    if (kind === 'region')
      return { ...base, name: target.region?.name, input: { regionId: target.region?.id } };
    if (kind === 'staff')
      return { ...base, name: target.staff?.name, input: { staffId: target.staff?.id } };
    if (kind === 'quarter') return { ...base, input: { quarter: target.quarter } };
    return { ...base, input: { month: target.month } };
  });
}

const partId = (part: Pick<SplitPart, 'input'>) =>
  JSON.stringify([part.input.regionId, part.input.staffId, part.input.quarter, part.input.month]);

/**
 * The parts that can still be added to a split: the 大区 or reps in `options` (for a company or region target),
 * or the missing quarters or months of a rep's target; never one already listed.
 */
export function addableParts(
  node: TargetNode,
  listed: readonly Pick<SplitPart, 'input'>[],
  options: readonly PartOption[] = [],
): SplitPart[] {
  const kind = partKind(node);
  const taken = new Set(listed.map(partId));
  const candidates: SplitPart[] =
    kind === 'region' || kind === 'staff'
      ? options.map((option) => ({
          key: `${kind}:${option.id}`,
          kind,
          name: option.name,
          input: kind === 'region' ? { regionId: option.id } : { staffId: option.id },
          figures: zero,
        }))
      : periods(node);
  return candidates.filter((part) => !taken.has(partId(part)));
}

/** A part in the split editor: as read (`kept`), added in the editor (`new`), or marked for removal. */
export type EditablePart = SplitPart & { status: 'kept' | 'new' | 'removed' };

export const editableParts = (node: TargetNode): EditablePart[] =>
  splitParts(node).map((part) => ({
    ...part,
    // Periods offered for a rep's target not split yet are written by the first save.
    status: node.children?.length ? 'kept' : 'new',
  }));

export const addPart = (parts: readonly EditablePart[], part: SplitPart): EditablePart[] => [
  ...parts,
  { ...part, status: 'new' },
];

/** Removes a part added in the editor; marks one as read for removal (undone by `keepPart`). */
export const removePart = (parts: readonly EditablePart[], key: string): EditablePart[] =>
  parts.flatMap((part) =>
    part.key !== key ? [part] : part.status === 'new' ? [] : [{ ...part, status: 'removed' }],
  );

export const keepPart = (parts: readonly EditablePart[], key: string): EditablePart[] =>
  parts.map((part) =>
    part.key === key && part.status === 'removed' ? { ...part, status: 'kept' } : part,
  );

/** The parts a save names, in the order it sends them (`input.children[i]`). */
export const sentParts = (parts: readonly EditablePart[]) =>
  parts.filter((part) => part.status !== 'removed');

// A target's global id is base64url("Target:<n>"); the API names a part it refuses to drop as "#<n>".
function localId(globalId: string): string | null {
  try {
    const text = atob(globalId.replace(/-/g, '+').replace(/_/g, '/'));
    return /^Target:(\d+)$/.exec(text)?.[1] ?? null;
  } catch {
    return null;
  }
}

/**
 * Puts splitTarget's errors beside the parts they are about: `children[i].field` becomes the field of the
 * i-th part sent (`parts.<key>.field` in the form), other errors about a part (its region or rep) and a
 * refusal to remove a part that is split further go beside that part. What names no part stays for the alert.
 */
export function placeSplitErrors(
  parts: readonly EditablePart[],
  errors: readonly UserError[],
): { fieldErrors: UserError[]; partErrors: Record<string, string[]>; rest: UserError[] } {
  const sent = sentParts(parts);
  const refusable = parts.filter((part) => part.status === 'removed' && part.isSplit);
  const fieldErrors: UserError[] = [];
  const partErrors: Record<string, string[]> = {};
  const rest: UserError[] = [];
  for (const error of errors) {
    const [input, list, index, ...field] = error.path;
    const part = typeof index === 'number' ? sent[index] : undefined;
    if (input === 'input' && list === 'children' && part) {
      if (targetFigures.includes(field[0] as TargetFigure))
        fieldErrors.push({ ...error, path: ['input', 'parts', part.key, ...field] });
      else (partErrors[part.key] ??= []).push(error.message);
      continue;
    }
    const removed =
      input === 'input' && list === 'children' && index === undefined
        ? (refusable.find((p) => {
            const id = localId(p.key);
            return id != null && error.message.includes(`#${id} `);
          }) ?? refusable[0])
        : undefined;
    if (removed) {
      (partErrors[removed.key] ??= []).push(error.message);
      continue;
    }
    rest.push(error);
  }
  return { fieldErrors, partErrors, rest };
}

export const pickFigures = (target: TargetRow): Figures => ({
  salesAmount: target.salesAmount,
  collectionAmount: target.collectionAmount,
  newCustomers: target.newCustomers,
});
