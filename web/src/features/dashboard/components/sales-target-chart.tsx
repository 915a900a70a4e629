import { ChartCard } from '@/components/charts/chart-card';
import { EChart } from '@/components/charts/e-chart';
import { moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { StaticTable } from '@/components/data-table/static-table';
import { monthName } from '@/features/dashboard/api/kpi-period';
import type { MonthPoint } from '@/features/dashboard/api/kpi-shaping';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney } from '@/utils/format';

/** Sales against target month by month (bars and a line), with the same figures as a table. */
export function SalesTargetChart({ points }: { points: readonly MonthPoint[] }) {
  const { t, locale } = useI18n();
  const money = (value: number) => formatMoney(value, locale);
  const title = t('dashboard.salesTrend');
  const sum = (pick: (p: MonthPoint) => number) => points.reduce((s, p) => s + pick(p), 0);
  const columns: DataColumn<MonthPoint>[] = [
    {
      key: 'month',
      title: t('period.month'),
      render: (p) => monthName(p.month, locale),
      csv: (p) => p.month,
    },
    moneyColumn<MonthPoint>({
      key: 'sales',
      title: t('dashboard.figures.salesAmount'),
      value: (p) => p.sales,
      locale,
    }),
    moneyColumn<MonthPoint>({
      key: 'target',
      title: t('dashboard.figures.target'),
      value: (p) => p.target,
      locale,
    }),
    moneyColumn<MonthPoint>({
      key: 'collected',
      title: t('dashboard.figures.collectedAmount'),
      value: (p) => p.collected,
      locale,
    }),
  ];
  return (
    <ChartCard
      title={title}
      testId="sales-target-card"
      isEmpty={points.every((p) => !p.sales && !p.target && !p.collected)}
      chart={
        <EChart
          ariaLabel={t('dashboard.salesChartSummary', {
            title,
            sales: money(sum((p) => p.sales)),
            target: money(sum((p) => p.target)),
          })}
          option={{
            tooltip: { trigger: 'axis', valueFormatter: (value: unknown) => money(Number(value)) },
            legend: {},
            grid: { left: 8, right: 8, containLabel: true },
            xAxis: { type: 'category', data: points.map((p) => monthName(p.month, locale)) },
            yAxis: { type: 'value' },
            series: [
              {
                name: t('dashboard.figures.salesAmount'),
                type: 'bar',
                data: points.map((p) => p.sales),
              },
              {
                name: t('dashboard.figures.target'),
                type: 'line',
                data: points.map((p) => p.target),
              },
              {
                name: t('dashboard.figures.collectedAmount'),
                type: 'bar',
                data: points.map((p) => p.collected),
              },
            ],
          }}
        />
      }
      table={
        <StaticTable
          rows={points}
          columns={columns}
          rowKey={(p) => String(p.month)}
          label={title}
          exportName="sales-vs-target"
        />
      }
    />
  );
}
