import type { ReactNode } from 'react';
import type { Access, FieldRef } from '@/lib/access/access';
import type { Locale } from '@/lib/i18n/messages';
import type { CsvCell } from '@/utils/csv';
import { formatDate, formatMoney, formatPercent, type MoneyValue } from '@/utils/format';

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

type FigureColumn<Row> = Omit<DataColumn<Row>, 'render' | 'csv' | 'align'> & {
  value: (row: Row) => MoneyValue | null | undefined;
  locale: Locale;
};

function figureColumn<Row>(
  { value, locale, ...column }: FigureColumn<Row>,
  format: (value: MoneyValue, locale: Locale) => string,
): DataColumn<Row> {
  return {
    ...column,
    align: 'right',
    render: (row) => {
      const v = value(row);
      return v == null ? '–' : format(v, locale);
    },
    csv: (row) => {
      const v = value(row);
      return v == null ? null : Number(v);
    },
  };
}

/** A right-aligned CNY column: with separators in the user's locale on screen, a plain number in the CSV. */
export const moneyColumn = <Row>(column: FigureColumn<Row>) => figureColumn(column, formatMoney);

/** A right-aligned rate column (0.125 shows as 12.5%), the rate itself in the CSV. */
export const percentColumn = <Row>(column: FigureColumn<Row>) =>
  figureColumn(column, (v, locale) => formatPercent(v, locale));

/** A calendar-date column: localized on screen, ISO (`2026-03-05`) in the CSV, which spreadsheets read as a date. */
export const dateColumn = <Row>({
  value,
  locale,
  ...column
}: Omit<DataColumn<Row>, 'render' | 'csv'> & {
  value: (row: Row) => string | null | undefined;
  locale: Locale;
}): DataColumn<Row> => ({
  ...column,
  render: (row) => {
    const v = value(row);
    return v ? formatDate(v, locale) : null;
  },
  csv: (row) => value(row),
});
