import type { OpportunityStage } from '@/gql/graphql';

/** The funnel's stages in order; WON and LOST are final. */
export const stages: readonly OpportunityStage[] = ['LEAD', 'INTENTION', 'QUOTE', 'WON', 'LOST'];

export const openStages: readonly OpportunityStage[] = ['LEAD', 'INTENTION', 'QUOTE'];

/** Whether an opportunity at this stage is still in the funnel. */
export const isOpen = (stage: OpportunityStage) => openStages.includes(stage);

/**
 * Where an opportunity may move from `stage`, as the API's transition table has it (it refuses the others anyway):
 * the open stages to one another either way and to LOST; WON only from QUOTE; nothing from WON or LOST.
 */
export function nextStages(stage: OpportunityStage): OpportunityStage[] {
  if (!isOpen(stage)) return [];
  const moves: OpportunityStage[] = openStages.filter((s) => s !== stage);
  if (stage === 'QUOTE') moves.push('WON');
  moves.push('LOST');
  return moves;
}

/** The list filter of the opportunities page: the open ones, one stage, or all. */
export type StageFilter = OpportunityStage | 'OPEN' | 'ALL';

/** The `where` of the opportunities connection for a stage filter and a title search (trimmed; empty: none). */
export function stageWhere(filter: StageFilter, search = '') {
  const stage =
    filter === 'ALL'
      ? undefined
      : filter === 'OPEN'
        ? { stage: { in: [...openStages] } }
        : { stage: { eq: filter } };
  const text = search.trim();
  const title = text ? { title: { contains: text } } : undefined;
  return stage && title ? { and: [stage, title] } : (stage ?? title);
}

/** A won opportunity's contract line as the dialog holds it while the user types. */
export interface WonLine {
  productId?: string | null;
  quantity?: number | null;
  unitPrice?: number | string | null;
}

/**
 * The `lines` of a move to WON (as createContract takes them): complete lines only (a product and a positive
 * quantity), the unit price the list price when none was typed.
 */
export function wonLinesInput(lines: readonly WonLine[], listPrices: ReadonlyMap<string, number>) {
  return lines.flatMap((l) => {
    const quantity = Number(l.quantity ?? 0);
    if (!l.productId || !Number.isInteger(quantity) || quantity <= 0) return [];
    const typed =
      l.unitPrice === undefined || l.unitPrice === null || l.unitPrice === ''
        ? undefined
        : Number(l.unitPrice);
    const unitPrice = typed ?? listPrices.get(l.productId);
    return unitPrice === undefined ? [] : [{ productId: l.productId, quantity, unitPrice }];
  });
}

/** A pipeline cell's month (`2026-05-01`) as `2026-05`, the table's column key. */
export const monthKey = (firstOfMonth: string) => firstOfMonth.slice(0, 7);

export interface PipelineCell {
  owner?: { id: string; name: string } | null;
  stage: OpportunityStage;
  month: string;
  count: number;
  expectedAmount: string | number;
  weightedAmount: string | number;
  slipped: number;
}

export interface PipelineRepRow {
  key: string;
  owner: string;
  /** Per month (`2026-05`): count, Σ expected and Σ weighted amount over the stages. */
  months: Record<string, { count: number; expected: number; weighted: number }>;
  byStage: Record<string, number>;
  count: number;
  expected: number;
  weighted: number;
  slipped: number;
}

const cents = (v: string | number) => Math.round(Number(v) * 100);

/**
 * The pipeline review's cells (rep × stage × month) as one row per rep: the months side by side, the stage counts,
 * and the rep's totals; amounts summed in whole fen. Rows in the order the reps first appear; the months sorted.
 */
export function pipelineByRep(cells: readonly PipelineCell[]): {
  months: string[];
  rows: PipelineRepRow[];
} {
  const months = new Set<string>();
  const rows = new Map<string, PipelineRepRow & { e: number; w: number }>();
  for (const cell of cells) {
    const key = cell.owner?.id ?? '';
    const month = monthKey(cell.month);
    months.add(month);
    let row = rows.get(key);
    if (!row) {
      row = {
        key,
        owner: cell.owner?.name ?? '',
        months: {},
        byStage: {},
        count: 0,
        expected: 0,
        weighted: 0,
        slipped: 0,
        e: 0,
        w: 0,
      };
      rows.set(key, row);
    }
    const m = (row.months[month] ??= { count: 0, expected: 0, weighted: 0 });
    m.count += cell.count;
    m.expected = (cents(m.expected) + cents(cell.expectedAmount)) / 100;
    m.weighted = (cents(m.weighted) + cents(cell.weightedAmount)) / 100;
    row.byStage[cell.stage] = (row.byStage[cell.stage] ?? 0) + cell.count;
    row.count += cell.count;
    row.e += cents(cell.expectedAmount);
    row.w += cents(cell.weightedAmount);
    row.slipped += cell.slipped;
  }
  return {
    months: [...months].sort(),
    rows: [...rows.values()].map(({ e, w, ...row }) => ({
      ...row,
      expected: e / 100,
      weighted: w / 100,
    })),
  };
}
