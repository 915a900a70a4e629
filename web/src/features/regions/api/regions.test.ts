import { buildRegionTree, type RegionRow } from '@/features/regions/api/regions';

const region = (id: string, code: string, parent?: string): RegionRow => ({
  id,
  code,
  name: code,
  level: parent ? 2 : 1,
  isActive: true,
  parent: parent ? { id: parent } : null,
  manager: null,
});

describe('buildRegionTree', () => {
  it('puts each 片区 under its 大区, sorted by code', () => {
    const tree = buildRegionTree([
      region('3', 'EAST-ZJ', '1'),
      region('2', 'NORTH'),
      region('1', 'EAST'),
      region('4', 'EAST-SH', '1'),
    ]);
    expect(tree.map((r) => r.code)).toEqual(['EAST', 'NORTH']);
    expect(tree[0]!.children!.map((r) => r.code)).toEqual(['EAST-SH', 'EAST-ZJ']);
    expect(tree[1]!.children).toBeUndefined();
  });

  it('keeps a region whose parent the caller cannot see as a root', () => {
    expect(buildRegionTree([region('4', 'EAST-SH', '1')]).map((r) => r.code)).toEqual(['EAST-SH']);
  });
});
