import { Link } from 'react-router';
import type { DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import { fetchContracts, type ContractRow } from '@/features/contracts/api/contracts';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatMoney, formatPercent } from '@/utils/format';

function useContractColumns(detailPath: (id: string) => string): DataColumn<ContractRow>[] {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  return [
    {
      key: 'number',
      title: t('contracts.fields.number'),
      render: (c) => <Link to={detailPath(c.id)}>{c.number}</Link>,
      csv: (c) => c.number,
    },
    {
      key: 'customer',
      title: t('contracts.fields.customer'),
      render: (c) => c.customer?.name,
      csv: (c) => c.customer?.name,
    },
    {
      key: 'status',
      title: t('contracts.fields.status'),
      render: (c) => <EnumTag name="contractStatus" value={c.status} />,
      csv: (c) => label('contractStatus', c.status),
    },
    {
      key: 'signedOn',
      title: t('contracts.fields.signedOn'),
      render: (c) => (c.signedOn ? formatDate(c.signedOn, locale) : null),
      csv: (c) => c.signedOn,
    },
    {
      key: 'owner',
      title: t('contracts.fields.owner'),
      render: (c) => c.owner?.name,
      csv: (c) => c.owner?.name,
    },
    {
      key: 'region',
      title: t('contracts.fields.region'),
      render: (c) => c.region?.name,
      csv: (c) => c.region?.name,
    },
    {
      key: 'listTotal',
      title: t('contracts.fields.listTotal'),
      align: 'right',
      render: (c) => formatMoney(c.listTotal, locale),
      csv: (c) => Number(c.listTotal),
    },
    {
      key: 'agreedTotal',
      title: t('contracts.fields.agreedTotal'),
      align: 'right',
      render: (c) => formatMoney(c.agreedTotal, locale),
      csv: (c) => Number(c.agreedTotal),
    },
    {
      key: 'discountAmount',
      title: t('contracts.fields.discountAmount'),
      align: 'right',
      render: (c) =>
        `${formatMoney(c.discountAmount, locale)} (${formatPercent(c.discountRate, locale)})`,
      csv: (c) => Number(c.discountAmount),
    },
    {
      key: 'grossMargin',
      title: t('contracts.fields.grossMargin'),
      field: { type: 'Contract', field: 'grossMargin' },
      align: 'right',
      render: (c) => (c.grossMargin == null ? null : formatPercent(c.grossMargin, locale)),
      csv: (c) => (c.grossMargin == null ? null : Number(c.grossMargin)),
    },
  ];
}

export function ContractsTable({ detailPath }: { detailPath: (id: string) => string }) {
  const { t } = useI18n();
  const access = useAccess();
  return (
    <CursorTable<ContractRow>
      queryKey={['contracts', access.me.username]}
      fetchPage={(first, after, signal) => fetchContracts(access, first, after, signal)}
      columns={useContractColumns(detailPath)}
      rowKey={(c) => c.id}
      label={t('nav.contracts')}
      exportName="contracts"
    />
  );
}
