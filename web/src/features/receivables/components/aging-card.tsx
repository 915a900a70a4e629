import { Col, Row, Statistic } from 'antd';
import { ChartCard } from '@/components/charts/chart-card';
import { EChart } from '@/components/charts/e-chart';
import { moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { StaticTable } from '@/components/data-table/static-table';
import { QueryState } from '@/components/query-state';
import {
  agingSeries,
  overdueBuckets,
  useReceivablesAging,
  type ReceivablesAging,
} from '@/features/receivables/api/aging';
import type { KpiFilterInput } from '@/gql/graphql';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney, type MoneyValue } from '@/utils/format';

type AgingRegionRow = ReceivablesAging['byRegion'][number];

/**
 * Open receivables as of today by days past due, over the invoices the caller may see (narrowed by `where`):
 * totals, a bar per bucket, and the buckets by region as a table.
 */
export function AgingCard({ where }: { where?: KpiFilterInput }) {
  const { t, locale } = useI18n();
  const query = useReceivablesAging(where);
  const total = query.data?.total;
  const money = (value: MoneyValue) => formatMoney(value, locale);
  const series = agingSeries(total);
  const title = t('receivables.aging');
  const columns: DataColumn<AgingRegionRow>[] = [
    {
      key: 'region',
      title: t('dashboard.region'),
      render: (row) => row.region?.name,
      csv: (row) => row.region?.name,
    },
    ...(['notDue', ...overdueBuckets, 'open'] as const).map((bucket): DataColumn<AgingRegionRow> =>
      moneyColumn<AgingRegionRow>({
        key: bucket,
        title: t(`receivables.buckets.${bucket}`),
        value: (row) => row[bucket],
        locale,
      }),
    ),
  ];
  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
    >
      <ChartCard
        title={title}
        testId="aging-card"
        isEmpty={!total || Number(total.open) === 0}
        chart={
          <>
            <Row gutter={16}>
              {(['open', 'overdue'] as const).map((key) => (
                <Col key={key} xs={12} md={6}>
                  <Statistic
                    title={t(`receivables.buckets.${key}`)}
                    value={total ? money(total[key]) : '–'}
                    valueRender={(node) => <span data-testid={`aging-${key}`}>{node}</span>}
                  />
                </Col>
              ))}
            </Row>
            <EChart
              ariaLabel={t('receivables.agingSummary', {
                open: total ? money(total.open) : '–',
                overdue: total ? money(total.overdue) : '–',
                over90: total ? money(total.over90Days) : '–',
              })}
              style={{ height: 260 }}
              option={{
                tooltip: { trigger: 'axis', valueFormatter: (v: unknown) => money(Number(v)) },
                grid: { left: 8, right: 8, top: 16, bottom: 8, containLabel: true },
                xAxis: {
                  type: 'category',
                  data: series.map((s) => t(`receivables.buckets.${s.bucket}`)),
                },
                yAxis: { type: 'value' },
                series: [
                  {
                    name: title,
                    type: 'bar',
                    data: series.map((s, i) => ({
                      value: s.amount,
                      // Older debt is more urgent: from green (not due) to red (90+).
                      itemStyle: {
                        color: ['#52c41a', '#faad14', '#fa8c16', '#f5222d', '#a8071a'][i],
                      },
                    })),
                  },
                ],
              }}
            />
          </>
        }
        table={
          <StaticTable<AgingRegionRow>
            rows={query.data?.byRegion ?? []}
            columns={columns}
            rowKey={(row) => row.region?.id ?? 'none'}
            label={t('receivables.agingByRegion')}
            exportName="receivables-aging"
          />
        }
      />
    </QueryState>
  );
}
