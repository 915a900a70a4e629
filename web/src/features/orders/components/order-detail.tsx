import { Card, Flex, Tabs, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { StaticTable } from '@/components/data-table/static-table';
import { EnumTag } from '@/components/enum-tag';
import { FieldList } from '@/components/field-list';
import { QueryState } from '@/components/query-state';
import { orderHistory } from '@/features/orders/api/order-history';
import { SalesOrderRowFragment, useSalesOrder } from '@/features/orders/api/orders';
import { OrderActions } from '@/features/orders/components/order-actions';
import { ConfirmationDue, OverCreditTag } from '@/features/orders/components/order-tags';
import { getFragmentData } from '@/gql/fragment-masking';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatDateTime, formatMoney } from '@/utils/format';

interface OrderDetailProps {
  id: string;
  customerPath: (id: string) => string;
  contractPath: (id: string) => string;
  shipmentPath: (id: string) => string;
}

const historyColors = {
  submitted: 'blue',
  confirmed: 'green',
  cancelled: 'red',
  closed: 'gray',
} as const;

/** One order: its terms, lines, history, and the steps the caller may take (none for a reader). */
export function OrderDetail({ id, customerPath, contractPath, shipmentPath }: OrderDetailProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const query = useSalesOrder(id);
  const order = query.data?.salesOrder;
  const row = order ? getFragmentData(SalesOrderRowFragment, order) : null;
  const money = (value: string | number) => formatMoney(value, locale);

  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
      isEmpty={!query.isLoading && !query.error && !order}
    >
      {order && row ? (
        <Flex vertical gap="middle">
          <Card
            title={
              <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
                {t('orders.title', { number: row.number })}{' '}
                <EnumTag name="salesOrderStatus" value={row.status} />
              </Typography.Title>
            }
            extra={
              <OrderActions
                order={{
                  id: row.id,
                  status: row.status,
                  version: row.version,
                  contractId: row.contract?.id,
                  lines: order.lines.nodes,
                }}
                reload={() => void query.refetch()}
              />
            }
          >
            <FieldList
              items={[
                {
                  key: 'customer',
                  label: t('orders.fields.customer'),
                  value: row.customer ? (
                    <Link to={customerPath(row.customer.id)}>{row.customer.name}</Link>
                  ) : null,
                },
                {
                  key: 'contract',
                  label: t('orders.fields.contract'),
                  value: row.contract ? (
                    <Link to={contractPath(row.contract.id)}>{row.contract.number}</Link>
                  ) : (
                    t('orders.listPrice')
                  ),
                },
                {
                  key: 'amount',
                  label: t('orders.fields.amount'),
                  value: (
                    <>
                      {money(row.amount)} <OverCreditTag order={row} />
                    </>
                  ),
                },
                {
                  key: 'submittedAt',
                  label: t('orders.fields.submittedAt'),
                  value: formatDateTime(row.submittedAt, locale),
                },
                {
                  key: 'confirmDueAt',
                  label: t('orders.fields.confirmDueAt'),
                  value: <ConfirmationDue order={row} />,
                },
                {
                  key: 'confirmedAt',
                  label: t('orders.fields.confirmedAt'),
                  value: row.confirmedAt
                    ? `${formatDateTime(row.confirmedAt, locale)}${order.confirmedBy ? ` · ${order.confirmedBy.name}` : ''}`
                    : t('orders.notConfirmed'),
                },
                ...(order.cancelledAt
                  ? [
                      {
                        key: 'cancelledAt',
                        label: t('orders.fields.cancelledAt'),
                        value: formatDateTime(order.cancelledAt, locale),
                      },
                      {
                        key: 'cancellationReason',
                        label: t('orders.fields.cancellationReason'),
                        field: { type: 'SalesOrder', field: 'cancellationReason' },
                        value: order.cancellationReason,
                      },
                    ]
                  : []),
                ...(order.closedAt
                  ? [
                      {
                        key: 'closedAt',
                        label: t('orders.fields.closedAt'),
                        value: formatDateTime(order.closedAt, locale),
                      },
                    ]
                  : []),
                ...(order.externalId
                  ? [
                      {
                        key: 'externalId',
                        label: t('orders.fields.externalId'),
                        value: order.externalId,
                      },
                    ]
                  : []),
                { key: 'version', label: t('orders.fields.version'), value: row.version },
                {
                  key: 'updatedAt',
                  label: t('orders.fields.updatedAt'),
                  value: formatDateTime(order.updatedAt, locale),
                },
              ]}
            />
          </Card>
          <Card>
            <Tabs
              items={[
                {
                  key: 'lines',
                  label: t('orders.tabs.lines', { count: order.lines.totalCount }),
                  children: (
                    <StaticTable
                      rows={order.lines.nodes}
                      rowKey={(l) => l.id}
                      label={t('orders.tabs.lines', { count: order.lines.totalCount })}
                      exportName={`${row.number}-lines`}
                      columns={[
                        {
                          key: 'lineNo',
                          title: '#',
                          render: (l) => l.lineNo,
                          csv: (l) => l.lineNo,
                        },
                        {
                          key: 'sku',
                          title: t('products.fields.sku'),
                          render: (l) => l.product?.sku,
                          csv: (l) => l.product?.sku,
                        },
                        {
                          key: 'product',
                          title: t('products.fields.name'),
                          render: (l) => l.product?.name,
                          csv: (l) => l.product?.name,
                        },
                        {
                          key: 'quantity',
                          title: t('orders.lines.quantity'),
                          align: 'right',
                          render: (l) => l.quantity,
                          csv: (l) => l.quantity,
                        },
                        {
                          key: 'noticed',
                          title: t('orders.lines.noticed'),
                          align: 'right',
                          render: (l) => l.noticedQuantity,
                          csv: (l) => l.noticedQuantity,
                        },
                        {
                          key: 'shipped',
                          title: t('orders.lines.shipped'),
                          align: 'right',
                          render: (l) => l.shippedQuantity,
                          csv: (l) => l.shippedQuantity,
                        },
                        {
                          key: 'open',
                          title: t('orders.lines.open'),
                          align: 'right',
                          render: (l) => l.openQuantity,
                          csv: (l) => l.openQuantity,
                        },
                        {
                          key: 'unitPrice',
                          title: t('orders.lines.unitPrice'),
                          align: 'right',
                          render: (l) => money(l.unitPrice),
                          csv: (l) => Number(l.unitPrice),
                        },
                        {
                          key: 'amount',
                          title: t('orders.lines.amount'),
                          align: 'right',
                          render: (l) => money(l.amount),
                          csv: (l) => Number(l.amount),
                        },
                        {
                          key: 'requestedOn',
                          title: t('orders.lines.requestedOn'),
                          render: (l) => formatDate(l.requestedOn, locale),
                          csv: (l) => l.requestedOn,
                        },
                      ]}
                    />
                  ),
                },
                {
                  key: 'shipments',
                  label: t('orders.tabs.shipments', { count: order.shipments.totalCount }),
                  children: (
                    <StaticTable
                      rows={order.shipments.nodes}
                      rowKey={(s) => s.id}
                      label={t('orders.tabs.shipments', { count: order.shipments.totalCount })}
                      exportName={`${row.number}-shipments`}
                      columns={[
                        {
                          key: 'noticeNumber',
                          title: t('shipments.fields.noticeNumber'),
                          render: (s) => <Link to={shipmentPath(s.id)}>{s.noticeNumber}</Link>,
                          csv: (s) => s.noticeNumber,
                        },
                        {
                          key: 'status',
                          title: t('shipments.fields.status'),
                          render: (s) => <EnumTag name="shipmentStatus" value={s.status} />,
                          csv: (s) => label('shipmentStatus', s.status),
                        },
                        {
                          key: 'pending',
                          title: t('shipments.fields.pendingApprovals'),
                          render: (s) =>
                            s.pendingApprovals
                              .map((p) => label('deliveryNoticeSignOff', p))
                              .join(', '),
                          csv: (s) =>
                            s.pendingApprovals
                              .map((p) => label('deliveryNoticeSignOff', p))
                              .join(', '),
                        },
                        {
                          key: 'amount',
                          title: t('shipments.fields.amount'),
                          align: 'right',
                          render: (s) => money(s.amount),
                          csv: (s) => Number(s.amount),
                        },
                        {
                          key: 'unpaidAmount',
                          title: t('shipments.fields.unpaidAmount'),
                          align: 'right',
                          render: (s) => money(s.unpaidAmount),
                          csv: (s) => Number(s.unpaidAmount),
                        },
                        {
                          key: 'plannedOn',
                          title: t('shipments.fields.plannedOn'),
                          render: (s) => formatDate(s.plannedOn, locale),
                          csv: (s) => s.plannedOn,
                        },
                        {
                          key: 'shippedOn',
                          title: t('shipments.fields.shippedOn'),
                          render: (s) => (s.shippedOn ? formatDate(s.shippedOn, locale) : null),
                          csv: (s) => s.shippedOn,
                        },
                        {
                          key: 'deliveredOn',
                          title: t('shipments.fields.deliveredOn'),
                          render: (s) => (s.deliveredOn ? formatDate(s.deliveredOn, locale) : null),
                          csv: (s) => s.deliveredOn,
                        },
                      ]}
                    />
                  ),
                },
                {
                  key: 'history',
                  label: t('orders.tabs.history'),
                  children: (
                    <Timeline
                      items={orderHistory({ ...row, ...order }).map((event) => ({
                        key: event.kind,
                        color: historyColors[event.kind],
                        content: (
                          <div>
                            <Typography.Text strong>
                              {t(`orders.history.${event.kind}`)}
                            </Typography.Text>{' '}
                            <Typography.Text type="secondary">
                              {formatDateTime(event.at, locale)}
                              {event.by ? ` · ${event.by}` : ''}
                            </Typography.Text>
                            {event.late ? ` (${t('orders.late')})` : null}
                            {event.note ? <div>{event.note}</div> : null}
                          </div>
                        ),
                      }))}
                    />
                  ),
                },
              ]}
            />
          </Card>
        </Flex>
      ) : null}
    </QueryState>
  );
}
