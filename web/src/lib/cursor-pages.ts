import type { ResultOf } from '@graphql-typed-document-node/core';
import { getFragmentData, makeFragmentData, type FragmentType } from '@/gql/fragment-masking';
import { PageInfoFieldsFragment } from '@/lib/graphql-fragments';

export type PageInfo = ResultOf<typeof PageInfoFieldsFragment>;

/** A page of a GraphQL connection, as every list field of the API returns it (`pageInfo` through the shared fragment). */
export interface ConnectionPage<Row> {
  totalCount: number;
  nodes: readonly Row[];
  pageInfo: FragmentType<typeof PageInfoFieldsFragment>;
}

/** Reads a connection's `pageInfo` through the shared fragment. */
export const readPageInfo = (page: Pick<ConnectionPage<unknown>, 'pageInfo'>): PageInfo =>
  getFragmentData(PageInfoFieldsFragment, page.pageInfo);

/** A page built here rather than read (a list the caller may not read is an empty page). */
export const connectionPage = <Row>(
  nodes: readonly Row[],
  pageInfo: PageInfo,
): ConnectionPage<Row> => ({
  totalCount: nodes.length,
  nodes,
  pageInfo: makeFragmentData(pageInfo, PageInfoFieldsFragment),
});

/** One sort key as the API's `order` argument takes it: `{ signedOn: 'DESC' }`. */
export type SortOrder = Record<string, 'ASC' | 'DESC'>;

/** A list source for a paged table: the key that names the list and its filters, and how to read one page. */
export interface CursorSource<Row> {
  /** Identifies the list and its filters; a change starts again at page 1. Built by the feature's `api/` file. */
  queryKey: readonly unknown[];
  fetchPage: (
    first: number,
    after: string | null,
    signal?: AbortSignal,
    order?: SortOrder[],
  ) => Promise<ConnectionPage<Row>>;
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
    const { hasNextPage, endCursor } = readPageInfo(page);
    if (!hasNextPage || !endCursor) return { rows, truncated: false };
    if (rows.length >= limit) return { rows, truncated: true };
    after = endCursor;
  }
}
