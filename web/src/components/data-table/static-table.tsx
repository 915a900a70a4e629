import { DownloadOutlined } from '@ant-design/icons';
import { Button, Flex, Table } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { ReactNode } from 'react';
import { visibleColumns, type DataColumn } from '@/components/data-table/columns';
import { useKeyboardScroll } from '@/components/data-table/use-keyboard-scroll';
import { Masked } from '@/components/masked';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { downloadCsv, toCsv } from '@/utils/csv';

interface StaticTableProps<Row> {
  rows: readonly Row[];
  columns: readonly DataColumn<Row>[];
  rowKey: (row: Row) => string;
  label: string;
  exportName: string;
  loading?: boolean;
  toolbar?: ReactNode;
  summary?: (rows: readonly Row[]) => ReactNode;
  /** antd tree data: rows with `children` render as an expandable tree. */
  expandAll?: boolean;
  /** Tree rows open at first (when not `expandAll`). */
  defaultExpandedKeys?: readonly string[];
  /** A tree row was opened or closed (to read its children when they are loaded lazily). */
  onExpand?: (row: Row, expanded: boolean) => void;
  /** A tree row whose children are not read yet, which can be opened all the same. */
  canExpand?: (row: Row) => boolean;
}

/** A table over rows already loaded (a contract's lines, the region tree), with the same permissions and export. */
export function StaticTable<Row extends object>({
  rows,
  columns,
  rowKey,
  label,
  exportName,
  loading,
  toolbar,
  summary,
  expandAll,
  defaultExpandedKeys,
  onExpand,
  canExpand,
}: StaticTableProps<Row>) {
  const { t } = useI18n();
  const access = useAccess();
  const scrollRef = useKeyboardScroll<HTMLDivElement>(label);
  const shown = visibleColumns(columns, access);
  const tableColumns: ColumnsType<Row> = shown.map((column) => ({
    key: column.key,
    title: column.title,
    align: column.align,
    width: column.width,
    render: (_: unknown, row: Row) =>
      column.field && access.isMasked(column.field) ? (
        <Masked>{column.render(row)}</Masked>
      ) : (
        column.render(row)
      ),
  }));

  const flatten = (list: readonly Row[]): Row[] =>
    list.flatMap((row) => {
      const children = (row as { children?: Row[] }).children;
      return [row, ...(children ? flatten(children) : [])];
    });

  const exportCsv = () =>
    downloadCsv(
      `${exportName}.csv`,
      toCsv(
        shown.map((c) => c.title),
        flatten(rows).map((row) => shown.map((c) => c.csv(row))),
      ),
    );

  return (
    <Flex vertical gap="small">
      <Flex justify="space-between" align="center" wrap gap="small">
        <div>{toolbar}</div>
        <Button icon={<DownloadOutlined />} onClick={exportCsv} disabled={!rows.length}>
          {t('table.exportCsv')}
        </Button>
      </Flex>
      <div ref={scrollRef}>
        <Table<Row>
          aria-label={label}
          size="small"
          rowKey={rowKey}
          columns={tableColumns}
          dataSource={rows as Row[]}
          loading={loading}
          pagination={false}
          scroll={{ x: 'max-content' }}
          expandable={
            expandAll || defaultExpandedKeys || onExpand
              ? {
                  ...(expandAll
                    ? { defaultExpandAllRows: true }
                    : { defaultExpandedRowKeys: [...(defaultExpandedKeys ?? [])] }),
                  onExpand: (expanded, row) => onExpand?.(row, expanded),
                  // antd's own icon, also for rows whose children are still to be read.
                  expandIcon: ({ expanded, expandable, record, onExpand: toggle, prefixCls }) => {
                    const open = expandable || canExpand?.(record);
                    const icon = `${prefixCls}-row-expand-icon`;
                    return (
                      <button
                        type="button"
                        className={`${icon} ${open ? `${icon}-${expanded ? 'expanded' : 'collapsed'}` : `${icon}-spaced`}`}
                        aria-label={t(expanded ? 'table.collapseRow' : 'table.expandRow')}
                        aria-expanded={expanded}
                        onClick={(event) => {
                          toggle(record, event);
                          event.stopPropagation();
                        }}
                      />
                    );
                  },
                }
              : undefined
          }
          summary={summary ? () => summary(rows) : undefined}
        />
      </div>
    </Flex>
  );
}
