import {
  connectionPage,
  firstPage,
  nextPage,
  pageCount,
  previousPage,
  readAllPages,
} from '@/lib/cursor-pages';

describe('cursor pages', () => {
  it('moves forward with the end cursor and back to the start cursor of the page before', () => {
    let pages = firstPage(20);
    pages = nextPage(pages, 'c20');
    pages = nextPage(pages, 'c40');
    expect(pages.starts[pages.index]).toBe('c40');
    pages = previousPage(pages);
    expect(pages.starts[pages.index]).toBe('c20');
    pages = nextPage(pages, 'c40b');
    expect(pages.starts).toEqual([null, 'c20', 'c40b']);
  });

  it('stays on the last page when there is no cursor to follow', () => {
    const pages = firstPage(20);
    expect(nextPage(pages, null)).toBe(pages);
    expect(previousPage(pages)).toBe(pages);
  });

  it('counts at least one page', () => {
    expect(pageCount(0, 20)).toBe(1);
    expect(pageCount(41, 20)).toBe(3);
  });

  it('reads every page for an export and stops at the limit', async () => {
    const all = Array.from({ length: 7 }, (_, i) => i);
    const fetchPage = async (first: number, after: string | null) => {
      const start = after ? Number(after) : 0;
      const nodes = all.slice(start, start + first);
      const end = start + nodes.length;
      return {
        ...connectionPage(nodes, { hasNextPage: end < all.length, endCursor: String(end) }),
        totalCount: all.length,
      };
    };
    expect(await readAllPages(fetchPage, 100, 3)).toEqual({ rows: all, truncated: false });
    expect(await readAllPages(fetchPage, 4, 3)).toEqual({ rows: [0, 1, 2, 3], truncated: true });
  });
});
