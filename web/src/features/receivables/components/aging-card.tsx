import { Col, DatePicker, Row, Select, Space, Statistic } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { ChartCard } from '@/components/charts/chart-card';
import { EChart } from '@/components/charts/e-chart';
import { moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { StaticTable } from '@/components/data-table/static-table';
import { QueryState } from '@/components/query-state';
import {
  agingGroupings,
  agingRowKey,
  agingRowLabel,
  agingSeries,
  overdueBuckets,
  useReceivablesAging,
  type AgingGrouping,
  type ReceivablesAging,
} from '@/features/receivables/api/aging';
import type { KpiFilterInput } from '@/gql/graphql';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatMoney, toDateOnly, type MoneyValue } from '@/utils/format';

type AgingTableRow = ReceivablesAging['rows'][number];

/**
 * Open receivables as of a chosen day (today by default) by days past due counted to that day, over the invoices the
 * caller may see (narrowed by `where`): totals, a bar per bucket, and the buckets by region, 片区, rep, grade or
 * customer as a table.
 */
export function AgingCard({ where }: { where?: KpiFilterInput }) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const [asOf, setAsOf] = useState<string | undefined>(undefined);
  const [groupBy, setGroupBy] = useState<AgingGrouping>('REGION');
  const query = useReceivablesAging({ where, asOf, groupBy });
  const total = query.data?.total;
  const money = (value: MoneyValue) => formatMoney(value, locale);
  const series = agingSeries(total);
  const title = asOf
    ? t('receivables.agingAsOf', { day: formatDate(asOf, locale) })
    : t('receivables.aging');
  const keyOf = (row: AgingTableRow) => {
    const key = agingRowLabel(row, groupBy);
    if (key === null) return t('receivables.grouping.none');
    return groupBy === 'CUSTOMER_GRADE' ? label('customerGrade', key) : key;
  };
  const columns: DataColumn<AgingTableRow>[] = [
    {
      key: 'key',
      title: t(`receivables.grouping.${groupBy}`),
      render: keyOf,
      csv: keyOf,
    },
    ...(['notDue', ...overdueBuckets, 'open'] as const).map((bucket): DataColumn<AgingTableRow> =>
      moneyColumn<AgingTableRow>({
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
        extra={
          <Space wrap data-testid="aging-controls">
            <DatePicker
              aria-label={t('receivables.asOf')}
              placeholder={t('receivables.asOfToday')}
              value={asOf ? dayjs(asOf) : null}
              onChange={(day) => setAsOf(day ? toDateOnly(day.toDate()) : undefined)}
              disabledDate={(day) => day.isAfter(dayjs(), 'day')}
              allowClear
            />
            <Select<AgingGrouping>
              aria-label={t('receivables.groupBy')}
              value={groupBy}
              onChange={setGroupBy}
              options={agingGroupings.map((g) => ({
                value: g,
                label: t(`receivables.grouping.${g}`),
              }))}
              style={{ width: 160 }}
            />
          </Space>
        }
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
          <StaticTable<AgingTableRow>
            rows={query.data?.rows ?? []}
            columns={columns}
            rowKey={(row) => agingRowKey(row, groupBy)}
            label={t('receivables.agingBy', { grouping: t(`receivables.grouping.${groupBy}`) })}
            exportName="receivables-aging"
          />
        }
      />
    </QueryState>
  );
}
