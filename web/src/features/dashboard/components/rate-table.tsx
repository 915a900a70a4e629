import { Card, Table } from 'antd';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney, formatPercent, type MoneyValue } from '@/utils/format';

export interface RateRow {
  id: string;
  name: string;
  salesAmount: MoneyValue;
  target?: MoneyValue | null;
  achievementRate?: MoneyValue | null;
  pipelineAmount?: MoneyValue | null;
}

interface RateTableProps {
  title: string;
  testId: string;
  nameTitle: string;
  rows: readonly RateRow[];
  withPipeline?: boolean;
}

/** Achievement as a plain table: sales, target, achievement (and the open pipeline) per rep or 片区. */
export function RateTable({ title, testId, nameTitle, rows, withPipeline }: RateTableProps) {
  const { t, locale } = useI18n();
  const money = (v: MoneyValue | null | undefined) => (v == null ? '–' : formatMoney(v, locale));
  return (
    <Card title={title} data-testid={testId}>
      <Table<RateRow>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={[...rows]}
        columns={[
          { key: 'name', title: nameTitle, dataIndex: 'name' },
          {
            key: 'sales',
            title: t('dashboard.figures.salesAmount'),
            align: 'right',
            render: (_, r) => money(r.salesAmount),
          },
          {
            key: 'target',
            title: t('dashboard.figures.target'),
            align: 'right',
            render: (_, r) => money(r.target),
          },
          {
            key: 'rate',
            title: t('dashboard.figures.achievementRate'),
            align: 'right',
            render: (_, r) =>
              r.achievementRate == null ? '–' : formatPercent(r.achievementRate, locale),
          },
          ...(withPipeline
            ? [
                {
                  key: 'pipeline',
                  title: t('dashboard.home.pipelineAmount'),
                  align: 'right' as const,
                  render: (_: unknown, r: RateRow) => money(r.pipelineAmount),
                },
              ]
            : []),
        ]}
      />
    </Card>
  );
}
