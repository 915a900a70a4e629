import { Card, Empty } from 'antd';
import { EChart } from '@/components/charts/e-chart';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney } from '@/utils/format';

export interface SalesPoint {
  month: string;
  /** Agreed total of the month's contracts, as the API's decimal string. */
  amount: string;
}

/** Monthly sales; the data comes from the KPI query once the schema lands. */
export function SalesTrendChart({ points }: { points: readonly SalesPoint[] }) {
  const { t, locale } = useI18n();
  return (
    <Card title={t('dashboard.salesTrend')}>
      {points.length === 0 ? (
        <Empty description={t('dashboard.noData')} />
      ) : (
        <EChart
          option={{
            tooltip: {
              trigger: 'axis',
              valueFormatter: (value: unknown) => formatMoney(Number(value), locale),
            },
            xAxis: { type: 'category', data: points.map((p) => p.month) },
            yAxis: { type: 'value' },
            series: [{ type: 'bar', data: points.map((p) => Number(p.amount)) }],
          }}
        />
      )}
    </Card>
  );
}
