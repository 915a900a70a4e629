import type { ReactNode } from 'react';
import type { Access, FieldRef } from '@/lib/access/access';
import type { CsvCell } from '@/utils/csv';

/** One column of a data table, shown only when the caller may read the field behind it. */
export interface DataColumn<Row> {
  key: string;
  title: string;
  /** The field the column shows: the column is left out when `me` denies it, and marked when it is masked. */
  field?: FieldRef;
  render: (row: Row) => ReactNode;
  /** The cell in a CSV export: plain text or a number, never markup. */
  csv: (row: Row) => CsvCell;
  /** The key of the list's sort input (`signedOn`); the column then sorts on the server. */
  sortField?: string;
  align?: 'left' | 'right' | 'center';
  width?: number | string;
}

/** The columns the caller may read, in declaration order. */
export function visibleColumns<Row>(columns: readonly DataColumn<Row>[], access: Access) {
  return columns.filter((column) => !column.field || access.canRead(column.field));
}

/** One sort key as the API's `order` argument takes it: `{ signedOn: 'DESC' }`. */
export type SortOrder = Record<string, 'ASC' | 'DESC'>;
