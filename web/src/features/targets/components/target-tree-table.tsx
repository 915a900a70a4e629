import { SplitCellsOutlined } from '@ant-design/icons';
import { useQueries, useQueryClient } from '@tanstack/react-query';
import { App, Button, Tag } from 'antd';
import { useState } from 'react';
import { moneyColumn, percentColumn, type DataColumn } from '@/components/data-table/columns';
import { StaticTable } from '@/components/data-table/static-table';
import { QueryState } from '@/components/query-state';
import { tagColors } from '@/components/tag-colors';
import {
  buildTargetTree,
  partKind,
  treeSplitCheck,
  type TargetNode,
} from '@/features/targets/api/target-tree';
import {
  getTargetSubtreeQueryOptions,
  useReloadTargetTree,
  useTargetTree,
  type TreeNodeData,
} from '@/features/targets/api/targets';
import { AchievementBar } from '@/features/targets/components/achievement-bar';
import { SplitTargetDialog } from '@/features/targets/components/split-target-dialog';
import { useTargetName } from '@/features/targets/components/target-name';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatInteger, formatMoney } from '@/utils/format';

/**
 * A year's targets as a tree (company → regions → reps → quarters → months) with what was achieved against
 * each and its split check. The roots come with their parts in one request; deeper levels are read when a
 * row is opened, so a director's year with thousands of reps stays light.
 */
export function TargetTreeTable({ year }: { year: number }) {
  const { t, locale } = useI18n();
  const access = useAccess();
  const name = useTargetName();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [splitting, setSplitting] = useState<TargetNode | null>(null);
  const [preparing, setPreparing] = useState<string | null>(null);
  const [opened, setOpened] = useState<string[]>([]);
  const subtreeQuery = (root: string) =>
    getTargetSubtreeQueryOptions(access.me.username, year, root);
  const query = useTargetTree(year);
  const reloadTree = useReloadTargetTree(year);
  const subtrees = useQueries({ queries: opened.map(subtreeQuery) });
  const read = new Map<string, TreeNodeData>();
  for (const sub of subtrees) if (sub.data) read.set(sub.data.target.id, sub.data);
  const tree = query.data ? buildTargetTree(query.data, read) : [];

  const openSplit = async (node: TargetNode) => {
    setPreparing(node.key);
    try {
      // The editor works on the parts as they are now, with the target's current version.
      const fresh = await queryClient.fetchQuery({ ...subtreeQuery(node.key), staleTime: 0 });
      setSplitting(fresh ? (buildTargetTree([fresh])[0] ?? null) : null);
    } catch {
      void message.error(t('errors.network'));
    } finally {
      setPreparing(null);
    }
  };

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
      key: 'salesActual',
      title: t('targets.fields.salesActual'),
      value: (n) => n.progress.salesActual,
      locale,
    }),
    {
      ...percentColumn<TargetNode>({
        key: 'achievementRate',
        title: t('targets.fields.achievementRate'),
        value: (n) => n.progress.achievementRate,
        locale,
      }),
      render: (n) => <AchievementBar rate={n.progress.achievementRate} />,
    },
    moneyColumn<TargetNode>({
      key: 'salesGap',
      title: t('targets.fields.salesGap'),
      value: (n) => n.progress.salesGap,
      locale,
    }),
    moneyColumn<TargetNode>({
      key: 'collectionAmount',
      title: t('targets.fields.collectionAmount'),
      value: (n) => n.target.collectionAmount,
      locale,
    }),
    moneyColumn<TargetNode>({
      key: 'collectedActual',
      title: t('targets.fields.collectedActual'),
      value: (n) => n.progress.collectedActual,
      locale,
    }),
    percentColumn<TargetNode>({
      key: 'collectionAchievementRate',
      title: t('targets.fields.collectionAchievementRate'),
      value: (n) => n.progress.collectionAchievementRate,
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
      key: 'newCustomersActual',
      title: t('targets.fields.newCustomersActual'),
      align: 'right',
      render: (n) => formatInteger(n.progress.newCustomersActual, locale),
      csv: (n) => n.progress.newCustomersActual,
    },
    {
      key: 'split',
      title: t('targets.fields.splitCheck'),
      render: (n) => {
        const check = treeSplitCheck(n);
        if (!check) return null;
        const gap = check.gaps.salesAmount;
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
      csv: (n) => treeSplitCheck(n)?.gaps.salesAmount ?? null,
    },
  ];
  if (access.may('splitTarget')) {
    columns.push({
      key: 'actions',
      title: t('receivables.actions'),
      render: (n) =>
        partKind(n) ? (
          <Button
            size="small"
            icon={<SplitCellsOutlined />}
            aria-label={t('targets.splitTitle', { name: name(n.target) })}
            loading={preparing === n.key}
            onClick={() => void openSplit(n)}
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
        loading={query.isFetching || subtrees.some((s) => s.isFetching)}
        defaultExpandedKeys={tree.map((root) => root.key)}
        canExpand={(n) => !n.childrenLoaded}
        onExpand={(n, expanded) => {
          if (expanded && !n.childrenLoaded && !opened.includes(n.key))
            setOpened((list) => [...list, n.key]);
        }}
      />
      {splitting ? (
        <SplitTargetDialog
          node={splitting}
          onClose={() => setSplitting(null)}
          reload={() => void reloadTree()}
        />
      ) : null}
    </QueryState>
  );
}
