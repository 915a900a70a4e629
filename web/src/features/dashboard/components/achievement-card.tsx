import { Button } from 'antd';
import { ChartCard } from '@/components/charts/chart-card';
import { EChart } from '@/components/charts/e-chart';
import { moneyColumn, percentColumn, type DataColumn } from '@/components/data-table/columns';
import { StaticTable } from '@/components/data-table/static-table';
import { chartNumber, rankByAchievement } from '@/features/dashboard/api/kpi-shaping';
import type { KpiFigures } from '@/features/dashboard/api/kpis';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatInteger, formatPercent } from '@/utils/format';

/** The most bars one chart shows: beyond that the names no longer fit, and the table lists them all. */
const chartLimit = 15;

export interface BreakdownRow {
  id: string;
  name: string;
  figures: KpiFigures;
}

interface AchievementCardProps {
  title: string;
  rows: readonly BreakdownRow[];
  /** The label of the name column (region or rep). */
  nameTitle: string;
  exportName: string;
  testId: string;
  /** Drill-down: a click on a bar or the row's name shows what lies below it. */
  onPick?: (row: BreakdownRow) => void;
}

/** Achievement (sales ÷ target) of each region or rep, best first, with the figures behind it. */
export function AchievementCard({
  title,
  rows,
  nameTitle,
  exportName,
  testId,
  onPick,
}: AchievementCardProps) {
  const { t, locale } = useI18n();
  const rate = (v: Parameters<typeof formatPercent>[0] | null | undefined) =>
    v == null ? '–' : formatPercent(v, locale);
  const ranked = rankByAchievement(rows, (row) => ({
    id: row.id,
    name: row.name,
    sales: row.figures.salesAmount,
    target: row.figures.target,
    rate: row.figures.achievementRate,
  }));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const sorted = ranked.map((r) => byId.get(r.id)).filter((r): r is BreakdownRow => !!r);

  const columns: DataColumn<BreakdownRow>[] = [
    {
      key: 'name',
      title: nameTitle,
      render: (row) =>
        onPick ? (
          <Button
            type="link"
            style={{ padding: 0 }}
            aria-label={t('dashboard.drillInto', { name: row.name })}
            onClick={() => onPick(row)}
          >
            {row.name}
          </Button>
        ) : (
          row.name
        ),
      csv: (row) => row.name,
    },
    moneyColumn<BreakdownRow>({
      key: 'salesAmount',
      title: t('dashboard.figures.salesAmount'),
      value: (row) => row.figures.salesAmount,
      locale,
    }),
    moneyColumn<BreakdownRow>({
      key: 'target',
      title: t('dashboard.figures.target'),
      value: (row) => row.figures.target,
      locale,
    }),
    percentColumn<BreakdownRow>({
      key: 'achievementRate',
      title: t('dashboard.figures.achievementRate'),
      value: (row) => row.figures.achievementRate,
      locale,
    }),
    moneyColumn<BreakdownRow>({
      key: 'collectedAmount',
      title: t('dashboard.figures.collectedAmount'),
      value: (row) => row.figures.collectedAmount,
      locale,
    }),
    percentColumn<BreakdownRow>({
      key: 'collectionRate',
      title: t('dashboard.figures.collectionRate'),
      value: (row) => row.figures.collectionRate,
      locale,
    }),
    moneyColumn<BreakdownRow>({
      key: 'overdueReceivables',
      title: t('dashboard.figures.overdueReceivables'),
      value: (row) => row.figures.overdueReceivables,
      locale,
    }),
    {
      key: 'newCustomers',
      title: t('dashboard.figures.newCustomers'),
      align: 'right',
      render: (row) =>
        row.figures.newCustomers == null ? '–' : formatInteger(row.figures.newCustomers, locale),
      csv: (row) => row.figures.newCustomers,
    },
    percentColumn<BreakdownRow>({
      key: 'grossMargin',
      title: t('dashboard.figures.grossMargin'),
      field: { type: 'KpiRow', field: 'grossMargin' },
      value: (row) => row.figures.grossMargin,
      locale,
    }),
  ];

  // Best at the top of a horizontal bar chart means last in the category axis; the table has every row.
  const chartRows = ranked.slice(0, chartLimit).reverse();
  return (
    <ChartCard
      title={title}
      testId={testId}
      isEmpty={rows.length === 0}
      chart={
        <EChart
          ariaLabel={t('dashboard.achievementSummary', {
            title,
            count: ranked.length,
            shown: chartRows.length,
            best: ranked[0] ? `${ranked[0].name} ${rate(ranked[0].rate)}` : '–',
          })}
          style={{ height: Math.max(160, chartRows.length * 28 + 48) }}
          onClick={
            onPick
              ? ({ dataIndex }) => {
                  const row = byId.get(chartRows[dataIndex]?.id ?? '');
                  if (row) onPick(row);
                }
              : undefined
          }
          option={{
            tooltip: {
              trigger: 'axis',
              valueFormatter: (value: unknown) => formatPercent(Number(value) / 100, locale),
            },
            grid: { left: 8, right: 24, top: 8, bottom: 24, containLabel: true },
            xAxis: { type: 'value', axisLabel: { formatter: '{value}%' } },
            yAxis: { type: 'category', data: chartRows.map((r) => r.name) },
            series: [
              {
                name: t('dashboard.figures.achievementRate'),
                type: 'bar',
                data: chartRows.map((r) => Math.round(chartNumber(r.rate) * 1000) / 10),
                cursor: onPick ? 'pointer' : 'default',
              },
            ],
          }}
        />
      }
      table={
        <StaticTable
          rows={sorted}
          columns={columns}
          rowKey={(row) => row.id}
          label={title}
          exportName={exportName}
        />
      }
    />
  );
}
