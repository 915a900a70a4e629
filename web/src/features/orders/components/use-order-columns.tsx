import { Link } from 'react-router';
import type { DataColumn } from '@/components/data-table/columns';
import { EnumTag } from '@/components/enum-tag';
import type { SalesOrderRow } from '@/features/orders/api/orders';
import { ConfirmationDue, OverCreditTag } from '@/features/orders/components/order-tags';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDateTime, formatMoney } from '@/utils/format';

export interface OrderPaths {
  order: (id: string) => string;
  contract: (id: string) => string;
}

/** The columns of every order table (the list and the queues). */
export function useOrderColumns(paths: OrderPaths): DataColumn<SalesOrderRow>[] {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  return [
    {
      key: 'number',
      sortField: 'number',
      title: t('orders.fields.number'),
      render: (o) => <Link to={paths.order(o.id)}>{o.number}</Link>,
      csv: (o) => o.number,
    },
    {
      key: 'customer',
      title: t('orders.fields.customer'),
      render: (o) => o.customer?.name,
      csv: (o) => o.customer?.name,
    },
    {
      key: 'status',
      sortField: 'status',
      title: t('orders.fields.status'),
      render: (o) => <EnumTag name="salesOrderStatus" value={o.status} />,
      csv: (o) => label('salesOrderStatus', o.status),
    },
    {
      key: 'contract',
      title: t('orders.fields.contract'),
      render: (o) =>
        o.contract ? (
          <Link to={paths.contract(o.contract.id)}>{o.contract.number}</Link>
        ) : (
          t('orders.listPrice')
        ),
      csv: (o) => o.contract?.number ?? t('orders.listPrice'),
    },
    {
      key: 'submittedAt',
      sortField: 'submittedAt',
      title: t('orders.fields.submittedAt'),
      render: (o) => formatDateTime(o.submittedAt, locale),
      csv: (o) => o.submittedAt,
    },
    {
      key: 'confirmDueAt',
      sortField: 'confirmDueAt',
      title: t('orders.fields.confirmDueAt'),
      render: (o) => <ConfirmationDue order={o} />,
      csv: (o) => o.confirmDueAt,
    },
    {
      key: 'amount',
      sortField: 'amount',
      title: t('orders.fields.amount'),
      align: 'right',
      field: { type: 'SalesOrder', field: 'amount' },
      render: (o) => (
        <>
          {formatMoney(o.amount, locale)} <OverCreditTag order={o} />
        </>
      ),
      csv: (o) => Number(o.amount),
    },
  ];
}
