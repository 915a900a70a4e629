import { Flex, Segmented } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { dateColumn, moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import { returnsList, type ReturnRow } from '@/features/returns/api/returns';
import type { ReturnStatus } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney } from '@/utils/format';

const statuses: ReturnStatus[] = ['REQUESTED', 'APPROVED', 'RECEIVED', 'REJECTED'];

interface ReturnsTableProps {
  returnPath: (id: string) => string;
  customerPath: (id: string) => string;
}

/** The caller's returns (退货单), newest first; a status filter shows what waits for approval or for the goods. */
export function ReturnsTable({ returnPath, customerPath }: ReturnsTableProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [status, setStatus] = useState<ReturnStatus | 'ALL'>('ALL');
  const columns: DataColumn<ReturnRow>[] = [
    {
      key: 'number',
      sortField: 'number',
      title: t('returns.fields.number'),
      render: (r) => <Link to={returnPath(r.id)}>{r.number}</Link>,
      csv: (r) => r.number,
    },
    {
      key: 'customer',
      title: t('returns.fields.customer'),
      render: (r) =>
        r.customer ? <Link to={customerPath(r.customer.id)}>{r.customer.name}</Link> : null,
      csv: (r) => r.customer?.name,
    },
    {
      key: 'shipment',
      title: t('returns.fields.shipment'),
      render: (r) => r.shipment?.noticeNumber,
      csv: (r) => r.shipment?.noticeNumber,
    },
    {
      key: 'status',
      title: t('returns.fields.status'),
      render: (r) => <EnumTag name="returnStatus" value={r.status} />,
      csv: (r) => label('returnStatus', r.status),
    },
    moneyColumn<ReturnRow>({
      key: 'amount',
      sortField: 'amount',
      title: t('returns.fields.amount'),
      value: (r) => r.amount,
      locale,
    }),
    dateColumn<ReturnRow>({
      key: 'requestedAt',
      sortField: 'requestedAt',
      title: t('returns.fields.requestedAt'),
      value: (r) => r.requestedAt,
      locale,
    }),
    {
      key: 'creditNote',
      title: t('returns.fields.creditNote'),
      align: 'right',
      render: (r) =>
        r.creditNote ? `${r.creditNote.number} · ${formatMoney(r.creditNote.amount, locale)}` : '–',
      csv: (r) => r.creditNote?.number,
    },
  ];
  return (
    <Flex vertical gap="small">
      <Segmented<ReturnStatus | 'ALL'>
        aria-label={t('returns.fields.status')}
        value={status}
        onChange={setStatus}
        options={[
          { value: 'ALL', label: t('returns.all') },
          ...statuses.map((s) => ({ value: s, label: label('returnStatus', s) })),
        ]}
      />
      <CursorTable<ReturnRow>
        {...returnsList(access.me.username, status === 'ALL' ? undefined : status)}
        columns={columns}
        rowKey={(r) => r.id}
        label={t('nav.returns')}
        exportName="returns"
      />
    </Flex>
  );
}
