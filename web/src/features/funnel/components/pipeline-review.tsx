import { Segmented, Flex, Typography } from 'antd';
import { useState } from 'react';
import { moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { StaticTable } from '@/components/data-table/static-table';
import { QueryState } from '@/components/query-state';
import { usePipelineReview } from '@/features/funnel/api/funnel';
import { openStages, pipelineByRep, type PipelineRepRow } from '@/features/funnel/api/funnel-rules';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney } from '@/utils/format';

/**
 * The pipeline review (商机评审): per rep in the caller's scope, the open opportunities by stage and by the month they
 * are expected to close (count, expected and weighted amount); slipped ones count in the current month.
 */
export function PipelineReview() {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [months, setMonths] = useState(3);
  const query = usePipelineReview(access.me.username, months);
  const { months: monthKeys, rows } = pipelineByRep(query.data ?? []);
  const columns: DataColumn<PipelineRepRow>[] = [
    { key: 'owner', title: t('funnel.fields.owner'), render: (r) => r.owner, csv: (r) => r.owner },
    ...openStages.map((stage) => ({
      key: `stage-${stage}`,
      title: label('opportunityStage', stage),
      align: 'right' as const,
      render: (r: PipelineRepRow) => r.byStage[stage] ?? 0,
      csv: (r: PipelineRepRow) => r.byStage[stage] ?? 0,
    })),
    ...monthKeys.map((month) => ({
      key: `month-${month}`,
      title: month,
      align: 'right' as const,
      render: (r: PipelineRepRow) => {
        const m = r.months[month];
        return m ? (
          <Flex vertical align="end">
            <span>{formatMoney(m.expected, locale)}</span>
            <Typography.Text type="secondary">
              {t('funnel.pipeline.cell', {
                count: m.count,
                weighted: formatMoney(m.weighted, locale),
              })}
            </Typography.Text>
          </Flex>
        ) : (
          '–'
        );
      },
      csv: (r: PipelineRepRow) => r.months[month]?.expected ?? null,
    })),
    {
      key: 'count',
      title: t('funnel.pipeline.count'),
      align: 'right',
      render: (r) => r.count,
      csv: (r) => r.count,
    },
    {
      key: 'slipped',
      title: t('funnel.pipeline.slipped'),
      align: 'right',
      render: (r) => r.slipped,
      csv: (r) => r.slipped,
    },
    moneyColumn({
      key: 'expected',
      title: t('funnel.pipeline.expected'),
      value: (r) => r.expected,
      locale,
    }),
    moneyColumn({
      key: 'weighted',
      title: t('funnel.pipeline.weighted'),
      value: (r) => r.weighted,
      locale,
    }),
  ];
  return (
    <Flex vertical gap="small">
      <Flex gap="small" align="center" wrap>
        <Typography.Text>{t('funnel.pipeline.months')}</Typography.Text>
        <Segmented<number>
          aria-label={t('funnel.pipeline.months')}
          value={months}
          onChange={setMonths}
          options={[3, 6, 12].map((m) => ({
            value: m,
            label: t('funnel.pipeline.monthsN', { n: m }),
          }))}
        />
      </Flex>
      <Typography.Paragraph type="secondary">{t('funnel.pipeline.hint')}</Typography.Paragraph>
      <QueryState
        isLoading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
      >
        <StaticTable<PipelineRepRow>
          rows={rows}
          columns={columns}
          rowKey={(r) => r.key}
          label={t('funnel.pipeline.title')}
          exportName="pipeline-review"
          loading={query.isFetching}
        />
      </QueryState>
    </Flex>
  );
}
