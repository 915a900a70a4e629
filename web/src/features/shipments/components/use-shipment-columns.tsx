import { Tag } from 'antd';
import { Link } from 'react-router';
import type { DataColumn } from '@/components/data-table/columns';
import { EnumTag } from '@/components/enum-tag';
import { tagColors } from '@/components/tag-colors';
import type { ShipmentRow } from '@/features/shipments/api/shipments';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatMoney } from '@/utils/format';

export interface ShipmentPaths {
  shipment: (id: string) => string;
  order: (id: string) => string;
  contract: (id: string) => string;
}

/** The columns of every shipment table (the list, the approval inbox and the queues). */
export function useShipmentColumns(paths: ShipmentPaths): DataColumn<ShipmentRow>[] {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const pending = (s: ShipmentRow) =>
    s.pendingApprovals.map((p) => label('deliveryNoticeSignOff', p)).join(', ');
  return [
    {
      key: 'noticeNumber',
      sortField: 'noticeNumber',
      title: t('shipments.fields.noticeNumber'),
      render: (s) => <Link to={paths.shipment(s.id)}>{s.noticeNumber}</Link>,
      csv: (s) => s.noticeNumber,
    },
    {
      key: 'customer',
      title: t('shipments.fields.customer'),
      render: (s) => s.customer?.name,
      csv: (s) => s.customer?.name,
    },
    {
      key: 'status',
      sortField: 'status',
      title: t('shipments.fields.status'),
      render: (s) => <EnumTag name="shipmentStatus" value={s.status} />,
      csv: (s) => label('shipmentStatus', s.status),
    },
    {
      key: 'order',
      title: t('shipments.fields.order'),
      render: (s) =>
        s.salesOrder ? (
          <Link to={paths.order(s.salesOrder.id)}>{s.salesOrder.number}</Link>
        ) : s.contract ? (
          <Link to={paths.contract(s.contract.id)}>{s.contract.number}</Link>
        ) : null,
      csv: (s) => s.salesOrder?.number ?? s.contract?.number,
    },
    {
      key: 'pendingApprovals',
      title: t('shipments.fields.pendingApprovals'),
      render: pending,
      csv: pending,
    },
    {
      key: 'amount',
      sortField: 'amount',
      title: t('shipments.fields.amount'),
      align: 'right',
      render: (s) => formatMoney(s.amount, locale),
      csv: (s) => Number(s.amount),
    },
    {
      key: 'unpaidAmount',
      sortField: 'unpaidAmount',
      title: t('shipments.fields.unpaidAmount'),
      align: 'right',
      render: (s) => (
        <>
          {formatMoney(s.unpaidAmount, locale)}{' '}
          {s.isOverCredit ? <Tag color={tagColors.orange}>{t('shipments.overCredit')}</Tag> : null}
        </>
      ),
      csv: (s) => Number(s.unpaidAmount),
    },
    {
      key: 'plannedOn',
      sortField: 'plannedOn',
      title: t('shipments.fields.plannedOn'),
      render: (s) => formatDate(s.plannedOn, locale),
      csv: (s) => s.plannedOn,
    },
    {
      key: 'shipDueOn',
      sortField: 'shipDueOn',
      title: t('shipments.fields.shipDueOn'),
      render: (s) => (s.shipDueOn ? formatDate(s.shipDueOn, locale) : null),
      csv: (s) => s.shipDueOn,
    },
    {
      key: 'shippedOn',
      sortField: 'shippedOn',
      title: t('shipments.fields.shippedOn'),
      render: (s) => (s.shippedOn ? formatDate(s.shippedOn, locale) : null),
      csv: (s) => s.shippedOn,
    },
  ];
}
