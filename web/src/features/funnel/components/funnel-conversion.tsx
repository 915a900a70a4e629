import { Flex, Select, Typography } from 'antd';
import { useState } from 'react';
import { moneyColumn, percentColumn, type DataColumn } from '@/components/data-table/columns';
import { StaticTable } from '@/components/data-table/static-table';
import { QueryState } from '@/components/query-state';
import { useFunnelConversion, type FunnelConversionRow } from '@/features/funnel/api/funnel';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * The funnel conversion (商机转化) of a year's opportunities by source: how many reached each stage and the
 * stage-to-stage rates, with the total row last.
 */
export function FunnelConversion() {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const thisYear = new Date().getFullYear();
  const [year, setYear] = useState(thisYear);
  const query = useFunnelConversion(access.me.username, year);
  const count = (
    key: keyof FunnelConversionRow & string,
    title: string,
  ): DataColumn<FunnelConversionRow> => ({
    key,
    title,
    align: 'right',
    render: (r) => r[key] as number,
    csv: (r) => r[key] as number,
  });
  const columns: DataColumn<FunnelConversionRow>[] = [
    {
      key: 'source',
      title: t('funnel.fields.source'),
      render: (r) =>
        r.source ? (
          label('customerSource', r.source)
        ) : (
          <strong>{t('funnel.conversion.total')}</strong>
        ),
      csv: (r) => (r.source ? label('customerSource', r.source) : t('funnel.conversion.total')),
    },
    count('created', t('funnel.conversion.created')),
    count('reachedIntention', t('funnel.conversion.reachedIntention')),
    count('reachedQuote', t('funnel.conversion.reachedQuote')),
    count('won', t('funnel.conversion.won')),
    count('lost', t('funnel.conversion.lost')),
    count('open', t('funnel.conversion.open')),
    percentColumn({
      key: 'leadToIntentionRate',
      title: t('funnel.conversion.leadToIntention'),
      value: (r) => r.leadToIntentionRate,
      locale,
    }),
    percentColumn({
      key: 'intentionToQuoteRate',
      title: t('funnel.conversion.intentionToQuote'),
      value: (r) => r.intentionToQuoteRate,
      locale,
    }),
    percentColumn({
      key: 'quoteToWonRate',
      title: t('funnel.conversion.quoteToWon'),
      value: (r) => r.quoteToWonRate,
      locale,
    }),
    percentColumn({
      key: 'winRate',
      title: t('funnel.conversion.winRate'),
      value: (r) => r.winRate,
      locale,
    }),
    moneyColumn({
      key: 'wonAmount',
      title: t('funnel.conversion.wonAmount'),
      value: (r) => r.wonAmount,
      locale,
    }),
  ];
  return (
    <Flex vertical gap="small">
      <Flex gap="small" align="center" wrap>
        <Typography.Text>{t('funnel.conversion.year')}</Typography.Text>
        <Select<number>
          aria-label={t('funnel.conversion.year')}
          value={year}
          onChange={setYear}
          style={{ width: 120 }}
          options={[thisYear, thisYear - 1, thisYear - 2].map((y) => ({
            value: y,
            label: String(y),
          }))}
        />
      </Flex>
      <Typography.Paragraph type="secondary">{t('funnel.conversion.hint')}</Typography.Paragraph>
      <QueryState
        isLoading={query.isLoading}
        error={query.error}
        onRetry={() => void query.refetch()}
      >
        <StaticTable<FunnelConversionRow>
          rows={query.data ?? []}
          columns={columns}
          rowKey={(r) => r.source ?? 'TOTAL'}
          label={t('funnel.conversion.title')}
          exportName="funnel-conversion"
          loading={query.isFetching}
        />
      </QueryState>
    </Flex>
  );
}
