import { SplitCellsOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Tag } from 'antd';
import { useState } from 'react';
import { moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { StaticTable } from '@/components/data-table/static-table';
import { QueryState } from '@/components/query-state';
import { tagColors } from '@/components/tag-colors';
import {
  buildTargetTree,
  checkSplitSum,
  pickFigures,
  splitParts,
  type TargetNode,
} from '@/features/targets/api/target-tree';
import { fetchYearTargets } from '@/features/targets/api/targets';
import { SplitTargetDialog } from '@/features/targets/components/split-target-dialog';
import { useTargetName } from '@/features/targets/components/target-name';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatInteger, formatMoney } from '@/utils/format';

/** A year's targets as a tree (company → regions → reps → quarters → months), each with its split check. */
export function TargetTreeTable({ year }: { year: number }) {
  const { t, locale } = useI18n();
  const access = useAccess();
  const name = useTargetName();
  const [splitting, setSplitting] = useState<TargetNode | null>(null);
  const query = useQuery({
    queryKey: ['targets', access.me.username, year],
    queryFn: ({ signal }) => fetchYearTargets(year, signal),
  });
  const tree = query.data ? buildTargetTree(query.data) : [];

  const columns: DataColumn<TargetNode>[] = [
    {
      key: 'name',
      title: t('targets.fields.name'),
      render: (n) => name(n.target),
      csv: (n) => name(n.target),
    },
    moneyColumn<TargetNode>({
      key: 'salesAmount',
      title: t('targets.fields.salesAmount'),
      value: (n) => n.target.salesAmount,
      locale,
    }),
    moneyColumn<TargetNode>({
      key: 'collectionAmount',
      title: t('targets.fields.collectionAmount'),
      value: (n) => n.target.collectionAmount,
      locale,
    }),
    {
      key: 'newCustomers',
      title: t('targets.fields.newCustomers'),
      align: 'right',
      render: (n) => formatInteger(n.target.newCustomers, locale),
      csv: (n) => n.target.newCustomers,
    },
    {
      key: 'split',
      title: t('targets.fields.splitCheck'),
      render: (n) => {
        if (!n.children?.length) return null;
        const check = checkSplitSum(
          n.target,
          n.children.map((c) => pickFigures(c.target)),
        );
        const gap = check.figures.salesAmount.gap;
        return check.balanced ? (
          <Tag color={tagColors.green}>{t('targets.balanced')}</Tag>
        ) : (
          <Tag color={tagColors.red}>
            {gap === 0
              ? t('targets.mismatch')
              : t(gap > 0 ? 'targets.short' : 'targets.over', {
                  amount: formatMoney(Math.abs(gap), locale),
                })}
          </Tag>
        );
      },
      csv: (n) =>
        n.children?.length
          ? checkSplitSum(
              n.target,
              n.children.map((c) => pickFigures(c.target)),
            ).figures.salesAmount.gap
          : null,
    },
  ];
  if (access.may('splitTarget')) {
    columns.push({
      key: 'actions',
      title: t('receivables.actions'),
      render: (n) =>
        splitParts(n).length ? (
          <Button
            size="small"
            icon={<SplitCellsOutlined />}
            aria-label={t('targets.splitTitle', { name: name(n.target) })}
            onClick={() => setSplitting(n)}
          >
            {t('targets.split')}
          </Button>
        ) : null,
      csv: () => null,
    });
  }

  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
    >
      <StaticTable<TargetNode>
        rows={tree}
        columns={columns}
        rowKey={(n) => n.key}
        label={t('targets.tree', { year })}
        exportName={`targets-${year}`}
        loading={query.isFetching}
        defaultExpandedKeys={tree.flatMap((root) => [root.key])}
      />
      {splitting ? (
        <SplitTargetDialog
          node={splitting}
          onClose={() => setSplitting(null)}
          reload={() => void query.refetch()}
        />
      ) : null}
    </QueryState>
  );
}
