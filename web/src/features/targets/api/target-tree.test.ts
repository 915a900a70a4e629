import { describe, expect, it } from 'vitest';
import { treeNode } from '@/features/targets/api/target-fixtures';
import {
  addableParts,
  addPart,
  buildTargetTree,
  checkSplitSum,
  editableParts,
  keepPart,
  placeSplitErrors,
  removePart,
  sentParts,
  splitParts,
  treeSplitCheck,
  unreadParts,
} from '@/features/targets/api/target-tree';

const region = (id: string, name: string, extra = {}) =>
  treeNode('REGION', { id, region: { id: `R-${id}`, name, code: id } }, extra);

describe('the target tree', () => {
  const company = treeNode(
    'COMPANY',
    { id: 'c', salesAmount: 3000 },
    { salesActual: 1500, achievementRate: 0.5 },
    [
      region('n', '华北大区', { childrenSalesAmount: 1000 }),
      region('e', '华东大区', { childrenSalesAmount: null }),
    ],
  );

  it('keeps the figures of each target and marks split parts whose own parts are not read yet', () => {
    const [root] = buildTargetTree([company]);
    expect(root?.progress.salesActual).toBe(1500);
    expect(root?.children?.map((n) => n.target.region?.name)).toEqual(['华北大区', '华东大区']);
    const [north, east] = root!.children!;
    // Split but not read: an empty list, so the row can still be opened.
    expect(north).toMatchObject({ isSplit: true, childrenLoaded: false, children: [] });
    // Not split: a leaf.
    expect(east).toMatchObject({ isSplit: false, childrenLoaded: true, children: undefined });
    expect(unreadParts([root!], ['c', 'n', 'e'])).toEqual(['n']);
  });

  it('hangs a subtree read later under its row', () => {
    const north = treeNode('REGION', { id: 'n' }, {}, [
      treeNode('STAFF', { id: 's1', staff: { id: 'S1', name: '张三' } }),
    ]);
    const [root] = buildTargetTree([company], new Map([['n', north]]));
    const reps = root?.children?.[0]?.children;
    expect(reps?.map((n) => n.target.staff?.name)).toEqual(['张三']);
    expect(root?.children?.[0]?.childrenLoaded).toBe(true);
  });

  it('reads the split check from what the parts leave unallocated', () => {
    const [short] = buildTargetTree([
      treeNode(
        'REGION',
        { id: 'r' },
        {
          childrenSalesAmount: 900,
          unallocatedSalesAmount: '100.10',
          unallocatedCollectionAmount: 0,
          unallocatedNewCustomers: -1,
        },
      ),
    ]);
    expect(treeSplitCheck(short!)).toEqual({
      gaps: { salesAmount: 100.1, collectionAmount: 0, newCustomers: -1 },
      balanced: false,
    });
    expect(treeSplitCheck(buildTargetTree([treeNode('STAFF', { id: 's' })])[0]!)).toBeNull();
  });
});

describe('the parts of a split', () => {
  const company = buildTargetTree([
    treeNode('COMPANY', { id: 'c' }, {}, [region('n', '华北大区', { childrenSalesAmount: 1 })]),
  ])[0]!;

  it('are the existing children, or the quarters or months of a rep target not split yet', () => {
    expect(splitParts(company).map((p) => [p.input, p.isSplit])).toEqual([
      [{ regionId: 'R-n' }, true],
    ]);
    const rep = buildTargetTree([treeNode('STAFF', { id: 'x' })])[0]!;
    expect(splitParts(rep).map((p) => p.input.quarter)).toEqual([1, 2, 3, 4]);
    const quarter = buildTargetTree([treeNode('QUARTER', { id: 'y', quarter: 3 })])[0]!;
    expect(splitParts(quarter).map((p) => p.input.month)).toEqual([7, 8, 9]);
    expect(splitParts(buildTargetTree([treeNode('MONTH', { id: 'z', month: 2 })])[0]!)).toEqual([]);
    expect(editableParts(rep).every((p) => p.status === 'new')).toBe(true);
    expect(editableParts(company).map((p) => p.status)).toEqual(['kept']);
  });

  it('can be added from the regions in scope or the missing periods, never twice', () => {
    const options = [
      { id: 'R-n', name: '华北大区' },
      { id: 'R-s', name: '华南大区' },
    ];
    const parts = editableParts(company);
    const addable = addableParts(company, parts, options);
    expect(addable.map((p) => [p.name, p.input])).toEqual([['华南大区', { regionId: 'R-s' }]]);
    const added = addPart(parts, addable[0]!);
    expect(addableParts(company, added, options)).toEqual([]);

    const rep = buildTargetTree([
      treeNode('STAFF', { id: 's' }, {}, [treeNode('QUARTER', { id: 'q2', quarter: 2 })]),
    ])[0]!;
    expect(addableParts(rep, editableParts(rep)).map((p) => p.input.quarter)).toEqual([1, 3, 4]);
  });

  it('are dropped when added here, marked for removal when read, and kept again on undo', () => {
    const south = {
      key: 'region:R-s',
      kind: 'region' as const,
      input: { regionId: 'R-s' },
      figures: { salesAmount: 0, collectionAmount: 0, newCustomers: 0 },
    };
    const parts = addPart(editableParts(company), south);
    expect(removePart(parts, 'region:R-s').map((p) => p.key)).toEqual(['n']);
    const marked = removePart(parts, 'n');
    expect(marked.map((p) => p.status)).toEqual(['removed', 'new']);
    expect(sentParts(marked).map((p) => p.key)).toEqual(['region:R-s']);
    expect(keepPart(marked, 'n').map((p) => p.status)).toEqual(['kept', 'new']);
  });

  it("puts the API's errors beside the part sent at their index, and a refused removal beside that part", () => {
    const id = btoa('Target:42');
    const tree = buildTargetTree([
      treeNode('COMPANY', { id: 'c' }, {}, [
        treeNode('REGION', { id: 'plain', region: { id: 'R-p', name: 'P', code: 'P' } }),
        treeNode(
          'REGION',
          { id, region: { id: 'R-x', name: 'X', code: 'X' } },
          { childrenSalesAmount: 5 },
        ),
      ]),
    ])[0]!;
    const parts = removePart(editableParts(tree), id);
    const placed = placeSplitErrors(parts, [
      {
        code: 'VALIDATION',
        message: 'Not negative.',
        path: ['input', 'children', 0, 'salesAmount'],
      },
      {
        code: 'VALIDATION',
        message: 'No such region.',
        path: ['input', 'children', 0, 'regionId'],
      },
      {
        code: 'VALIDATION',
        message: 'The existing part #42 (Region region 7) is split further; name it again.',
        path: ['input', 'children'],
      },
      { code: 'CONFLICT', message: 'Changed meanwhile.', path: ['input', 'version'] },
    ]);
    expect(placed.fieldErrors.map((e) => e.path)).toEqual([
      ['input', 'parts', 'plain', 'salesAmount'],
    ]);
    expect(placed.partErrors).toEqual({
      plain: ['No such region.'],
      [id]: ['The existing part #42 (Region region 7) is split further; name it again.'],
    });
    expect(placed.rest.map((e) => e.code)).toEqual(['CONFLICT']);
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
