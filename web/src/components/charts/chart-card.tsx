import { BarChartOutlined, TableOutlined } from '@ant-design/icons';
import { Card, Empty, Segmented } from 'antd';
import { useState, type ReactNode } from 'react';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface ChartCardProps {
  title: string;
  /** No data for the period: the card says so instead of drawing empty axes. */
  isEmpty: boolean;
  chart: ReactNode;
  /** The same figures as a table, for keyboard and screen-reader users and for the CSV export. */
  table: ReactNode;
  extra?: ReactNode;
  testId?: string;
}

/** A chart with its table alternative one switch away; both show the same figures. */
export function ChartCard({ title, isEmpty, chart, table, extra, testId }: ChartCardProps) {
  const { t } = useI18n();
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Card
      title={<h2 style={{ fontSize: 16, margin: 0 }}>{title}</h2>}
      data-testid={testId}
      extra={
        <>
          {extra}
          <Segmented<'chart' | 'table'>
            aria-label={t('charts.view', { title })}
            value={view}
            onChange={setView}
            options={[
              { value: 'chart', icon: <BarChartOutlined />, label: t('charts.chart') },
              { value: 'table', icon: <TableOutlined />, label: t('charts.table') },
            ]}
          />
        </>
      }
    >
      {isEmpty ? <Empty description={t('dashboard.noData')} /> : view === 'chart' ? chart : table}
    </Card>
  );
}
