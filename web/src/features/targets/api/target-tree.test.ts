import { describe, expect, it } from 'vitest';
import { buildTargetTree, checkSplitSum, splitParts } from '@/features/targets/api/target-tree';
import type { TargetRow } from '@/features/targets/api/targets';

function target(partial: Partial<TargetRow> & { id: string }): TargetRow {
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
    parent: null,
    ...partial,
  } as TargetRow;
}

describe('the target tree', () => {
  const rows = [
    target({ id: 'r2', scope: 'REGION', region: { id: 'R2', name: '华北' }, parent: { id: 'c' } }),
    target({ id: 'c', scope: 'COMPANY' }),
    target({ id: 'r1', scope: 'REGION', region: { id: 'R1', name: '华东' }, parent: { id: 'c' } }),
    target({ id: 's1', staff: { id: 'S1', name: '张三' }, parent: { id: 'r1' } }),
    target({ id: 'q2', quarter: 2, staff: { id: 'S1', name: '张三' }, parent: { id: 's1' } }),
    target({ id: 'q1', quarter: 1, staff: { id: 'S1', name: '张三' }, parent: { id: 's1' } }),
  ];

  it('hangs every target under its parent, ordered by region name and period', () => {
    const [company, ...others] = buildTargetTree(rows);
    expect(others).toEqual([]);
    expect(company?.target.id).toBe('c');
    expect(company?.children?.map((n) => n.target.region?.name)).toEqual(['华北', '华东']);
    const rep = company?.children?.[1]?.children?.[0];
    expect(rep?.children?.map((n) => n.target.quarter)).toEqual([1, 2]);
    expect(rep?.children?.[0]?.children).toBeUndefined();
  });

  it('makes a target whose parent is out of sight a root (a manager sees no company target)', () => {
    const roots = buildTargetTree(rows.filter((r) => r.id !== 'c'));
    expect(roots.map((n) => n.target.id)).toEqual(['r2', 'r1']);
  });

  it('offers a split by the existing parts, or by quarters for a rep year not split yet', () => {
    const [company] = buildTargetTree(rows);
    expect(splitParts(company!).map((p) => p.input)).toEqual([
      { regionId: 'R2' },
      { regionId: 'R1' },
    ]);
    const lonely = buildTargetTree([target({ id: 'x', staff: { id: 'S9', name: 'A' } })]);
    expect(splitParts(lonely[0]!).map((p) => p.input)).toEqual([
      { quarter: 1 },
      { quarter: 2 },
      { quarter: 3 },
      { quarter: 4 },
    ]);
    const quarter = buildTargetTree([target({ id: 'y', quarter: 3 })]);
    expect(splitParts(quarter[0]!).map((p) => p.input)).toEqual([
      { month: 7 },
      { month: 8 },
      { month: 9 },
    ]);
    expect(splitParts(buildTargetTree([target({ id: 'z', quarter: 1, month: 2 })])[0]!)).toEqual(
      [],
    );
  });
});

describe('the split sum check', () => {
  const parent = { salesAmount: '1000.30', collectionAmount: 900, newCustomers: 5 };

  it('is balanced when every figure sums exactly, without float drift', () => {
    const check = checkSplitSum(parent, [
      { salesAmount: 1000.1, collectionAmount: 450, newCustomers: 2 },
      { salesAmount: 0.2, collectionAmount: '450', newCustomers: 3 },
    ]);
    expect(check.balanced).toBe(true);
    expect(check.figures.salesAmount).toEqual({ sum: 1000.3, target: 1000.3, gap: 0 });
  });

  it('names the gap of each figure: positive when short, negative when over', () => {
    const check = checkSplitSum(parent, [
      { salesAmount: 1500, collectionAmount: 100, newCustomers: 5 },
      { salesAmount: null, collectionAmount: 100 },
    ]);
    expect(check.balanced).toBe(false);
    expect(check.figures.salesAmount.gap).toBe(-499.7);
    expect(check.figures.collectionAmount.gap).toBe(700);
    expect(check.figures.newCustomers.gap).toBe(0);
  });
});
