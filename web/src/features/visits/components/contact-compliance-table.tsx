import { Table, Typography } from 'antd';
import { percentColumn, type DataColumn } from '@/components/data-table/columns';
import { StaticTable } from '@/components/data-table/static-table';
import { QueryState } from '@/components/query-state';
import { byRateAscending, complianceTotal } from '@/features/visits/api/contact-rules';
import {
  useContactCompliance,
  type ContactComplianceRow,
} from '@/features/visits/api/contacts-due';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatInteger, formatPercent } from '@/utils/format';

/** The share of each rep's A/B customers contacted within their cadence, the reps furthest behind first. */
export function ContactComplianceTable() {
  const { t, locale } = useI18n();
  const access = useAccess();
  const query = useContactCompliance(access);
  const rows = byRateAscending(query.data ?? [], locale);

  const columns: DataColumn<ContactComplianceRow>[] = [
    {
      key: 'rep',
      title: t('visits.compliance.rep'),
      render: (r) => r.staff?.name,
      csv: (r) => r.staff?.name,
    },
    {
      key: 'customers',
      title: t('visits.compliance.customers'),
      align: 'right',
      render: (r) => formatInteger(r.customers, locale),
      csv: (r) => r.customers,
    },
    {
      key: 'onTime',
      title: t('visits.compliance.onTime'),
      align: 'right',
      render: (r) => formatInteger(r.onTime, locale),
      csv: (r) => r.onTime,
    },
    percentColumn<ContactComplianceRow>({
      key: 'rate',
      title: t('visits.compliance.rate'),
      value: (r) => r.rate,
      locale,
    }),
  ];

  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
    >
      <StaticTable<ContactComplianceRow>
        rows={rows}
        columns={columns}
        rowKey={(r) => r.staff?.id ?? 'none'}
        label={t('visits.compliance.title')}
        exportName="contact-compliance"
        loading={query.isFetching}
        summary={(shown) => {
          if (!shown.length) return null;
          const total = complianceTotal(shown);
          return (
            <Table.Summary.Row>
              <Table.Summary.Cell index={0}>
                <Typography.Text strong>{t('visits.compliance.total')}</Typography.Text>
              </Table.Summary.Cell>
              <Table.Summary.Cell index={1} align="right">
                {formatInteger(total.customers, locale)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={2} align="right">
                {formatInteger(total.onTime, locale)}
              </Table.Summary.Cell>
              <Table.Summary.Cell index={3} align="right">
                {total.rate == null ? '–' : formatPercent(total.rate, locale)}
              </Table.Summary.Cell>
            </Table.Summary.Row>
          );
        }}
      />
    </QueryState>
  );
}
