/** A page of a GraphQL connection, as every list field of the API returns it. */
export interface ConnectionPage<Row> {
  totalCount: number;
  nodes: readonly Row[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

/**
 * Where a keyset-paged list stands: page numbers are ours, the API only knows cursors, so the cursor that
 * starts each visited page is kept and page n+1 starts after page n's end cursor.
 */
export interface CursorPages {
  pageSize: number;
  /** `after` cursors of the visited pages; index 0 is the first page (no cursor). */
  starts: readonly (string | null)[];
  index: number;
}

export const firstPage = (pageSize: number): CursorPages => ({
  pageSize,
  starts: [null],
  index: 0,
});

export function nextPage(pages: CursorPages, endCursor: string | null | undefined): CursorPages {
  if (!endCursor) return pages;
  const starts = [...pages.starts.slice(0, pages.index + 1), endCursor];
  return { ...pages, starts, index: pages.index + 1 };
}

export function previousPage(pages: CursorPages): CursorPages {
  return pages.index === 0 ? pages : { ...pages, index: pages.index - 1 };
}

export function pageCount(totalCount: number, pageSize: number): number {
  return Math.max(1, Math.ceil(totalCount / pageSize));
}

/**
 * Reads every page of a list, for exports. Stops at `limit` rows so a careless click cannot pull a whole
 * ledger into the browser; the caller says so when it happens.
 */
export async function readAllPages<Row>(
  fetchPage: (first: number, after: string | null) => Promise<ConnectionPage<Row>>,
  limit: number,
  batch = 500,
): Promise<{ rows: Row[]; truncated: boolean }> {
  const rows: Row[] = [];
  let after: string | null = null;
  for (;;) {
    const page: ConnectionPage<Row> = await fetchPage(Math.min(batch, limit - rows.length), after);
    rows.push(...page.nodes);
    if (!page.pageInfo.hasNextPage || !page.pageInfo.endCursor) return { rows, truncated: false };
    if (rows.length >= limit) return { rows, truncated: true };
    after = page.pageInfo.endCursor;
  }
}
