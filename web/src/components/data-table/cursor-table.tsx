import { DownloadOutlined, LeftOutlined, ReloadOutlined, RightOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { visibleColumns, type DataColumn } from '@/components/data-table/columns';
import { useKeyboardScroll } from '@/components/data-table/use-keyboard-scroll';
import { Masked } from '@/components/masked';
import { useAccess } from '@/lib/access/me-provider';
import {
  firstPage,
  nextPage,
  pageCount,
  previousPage,
  readAllPages,
  readPageInfo,
  type CursorSource,
} from '@/lib/cursor-pages';
import { formErrorMessageKey } from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { downloadCsv, toCsv } from '@/utils/csv';

/** The most rows one export reads: enough for a region's ledger, not a runaway loop over the whole company. */
export const exportRowLimit = 20_000;

/** The list (`queryKey`, `fetchPage`) comes from the feature's `api/` file, which owns the key. */
export interface CursorTableProps<Row> extends CursorSource<Row> {
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row) => string;
  /** The table's accessible name, also the heading of the export file. */
  label: string;
  /** CSV file name without extension. */
  exportName: string;
  toolbar?: ReactNode;
  pageSize?: number;
}

/**
 * A server-paged table over a GraphQL connection: page by page through cursors, columns the caller may not
 * read left out, masked cells marked, loading, empty and error states, and a CSV export of every row the
 * caller may see (the same columns, all pages).
 */
export function CursorTable<Row extends object>({
  queryKey,
  fetchPage,
  columns,
  rowKey,
  label,
  exportName,
  toolbar,
  pageSize: initialPageSize = 20,
}: CursorTableProps<Row>) {
  const { t } = useI18n();
  const access = useAccess();
  const scrollRef = useKeyboardScroll<HTMLDivElement>(label);
  const { message } = App.useApp();
  const [pagesByKey, setPagesByKey] = useState(() => ({
    key: JSON.stringify(queryKey),
    pages: firstPage(initialPageSize),
  }));
  const [exporting, setExporting] = useState(false);
  const [sort, setSort] = useState<{ field: string; direction: 'ASC' | 'DESC' } | null>(null);
  const order = sort ? [{ [sort.field]: sort.direction }] : undefined;

  // New filters start again at the first page (state derived from props, reset during render).
  const key = JSON.stringify([queryKey, sort]);
  let pages = pagesByKey.pages;
  if (pagesByKey.key !== key) {
    pages = firstPage(pages.pageSize);
    setPagesByKey({ key, pages });
  }
  const setPages = (next: typeof pages) => setPagesByKey({ key, pages: next });
  const after = pages.starts[pages.index] ?? null;

  const query = useQuery({
    queryKey: [...queryKey, sort, pages.pageSize, after],
    queryFn: ({ signal }) => fetchPage(pages.pageSize, after, signal, order),
    placeholderData: keepPreviousData,
  });

  const shown = visibleColumns(columns, access);
  const tableColumns: ColumnsType<Row> = shown.map((column) => ({
    key: column.key,
    title: column.title,
    align: column.align,
    width: column.width,
    // The API refuses to sort on a field the caller cannot read in full, so masked columns do not sort.
    sorter: !!column.sortField && (!column.field || access.fieldAccess(column.field) === 'ALLOW'),
    sortOrder:
      sort && sort.field === column.sortField
        ? sort.direction === 'ASC'
          ? 'ascend'
          : 'descend'
        : null,
    render: (_: unknown, row: Row) =>
      column.field && access.isMasked(column.field) ? (
        <Masked>{column.render(row)}</Masked>
      ) : (
        column.render(row)
      ),
  }));

  const total = query.data?.totalCount ?? 0;
  const pageInfo = query.data ? readPageInfo(query.data) : undefined;
  const pagesTotal = pageCount(total, pages.pageSize);

  const exportCsv = async () => {
    setExporting(true);
    try {
      const { rows, truncated } = await readAllPages(
        (first, cursor) => fetchPage(first, cursor, undefined, order),
        exportRowLimit,
      );
      const csv = toCsv(
        shown.map((c) => c.title),
        rows.map((row) => shown.map((c) => c.csv(row))),
      );
      downloadCsv(`${exportName}.csv`, csv);
      if (truncated) void message.warning(t('table.exportTruncated', { count: exportRowLimit }));
    } catch (error) {
      void message.error(t(formErrorMessageKey(error)));
    } finally {
      setExporting(false);
    }
  };

  return (
    <Flex vertical gap="middle">
      <Flex justify="space-between" align="center" wrap gap="small">
        <Space wrap>{toolbar}</Space>
        <Button
          icon={<DownloadOutlined />}
          onClick={() => void exportCsv()}
          loading={exporting}
          disabled={!total}
        >
          {t('table.exportCsv')}
        </Button>
      </Flex>
      {query.error ? (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t(formErrorMessageKey(query.error))}
          action={
            <Button size="small" icon={<ReloadOutlined />} onClick={() => void query.refetch()}>
              {t('app.retry')}
            </Button>
          }
        />
      ) : null}
      <div ref={scrollRef}>
        <Table<Row>
          aria-label={label}
          size="middle"
          rowKey={rowKey}
          columns={tableColumns}
          dataSource={query.data?.nodes as Row[] | undefined}
          loading={query.isFetching}
          pagination={false}
          scroll={{ x: 'max-content' }}
          onChange={(_pagination, _filters, sorter) => {
            const one = Array.isArray(sorter) ? sorter[0] : sorter;
            const field = shown.find((c) => c.key === one?.columnKey)?.sortField;
            setSort(
              field && one?.order
                ? { field, direction: one.order === 'ascend' ? 'ASC' : 'DESC' }
                : null,
            );
          }}
        />
      </div>
      <Flex justify="flex-end" align="center" gap="small" wrap>
        <Typography.Text type="secondary" data-testid="table-total">
          {t('table.total', { count: total })}
        </Typography.Text>
        <Button
          aria-label={t('table.previousPage')}
          icon={<LeftOutlined />}
          disabled={pages.index === 0 || query.isFetching}
          onClick={() => setPages(previousPage(pages))}
        />
        <Typography.Text>
          {t('table.pageOf', { page: pages.index + 1, pages: pagesTotal })}
        </Typography.Text>
        <Button
          aria-label={t('table.nextPage')}
          icon={<RightOutlined />}
          disabled={!pageInfo?.hasNextPage || query.isFetching}
          onClick={() => setPages(nextPage(pages, pageInfo?.endCursor))}
        />
        <Select
          aria-label={t('table.pageSize')}
          value={pages.pageSize}
          onChange={(size) => setPages(firstPage(size))}
          options={[10, 20, 50, 100].map((size) => ({
            value: size,
            label: t('table.perPage', { size }),
          }))}
        />
      </Flex>
    </Flex>
  );
}
