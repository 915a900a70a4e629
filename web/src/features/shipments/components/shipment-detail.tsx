import { Card, Flex, Tabs, Tag, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { StaticTable } from '@/components/data-table/static-table';
import { EnumTag } from '@/components/enum-tag';
import { FieldList } from '@/components/field-list';
import { QueryState } from '@/components/query-state';
import { tagColors } from '@/components/tag-colors';
import { ShipmentRowFragment, useShipment } from '@/features/shipments/api/shipments';
import { ShipmentActions } from '@/features/shipments/components/shipment-actions';
import type { ShipmentPaths } from '@/features/shipments/components/use-shipment-columns';
import { getFragmentData } from '@/gql/fragment-masking';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatDateTime, formatMoney } from '@/utils/format';

interface ShipmentDetailProps {
  id: string;
  paths: ShipmentPaths & { customer: (id: string) => string };
}

/** One delivery notice: its order, goods, approvals given and missing, shipping dates, and the caller's steps. */
export function ShipmentDetail({ id, paths }: ShipmentDetailProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const query = useShipment(id);
  const shipment = query.data?.shipment;
  const row = shipment ? getFragmentData(ShipmentRowFragment, shipment) : null;
  const money = (value: string | number) => formatMoney(value, locale);
  const date = (value: string | null | undefined) => (value ? formatDate(value, locale) : null);

  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
      isEmpty={!query.isLoading && !query.error && !shipment}
    >
      {shipment && row ? (
        <Flex vertical gap="middle">
          <Card
            title={
              <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
                {t('shipments.title', { number: row.noticeNumber })}{' '}
                <EnumTag name="shipmentStatus" value={row.status} />
              </Typography.Title>
            }
            extra={
              <ShipmentActions
                shipment={{
                  id: row.id,
                  status: row.status,
                  version: row.version,
                  carrier: row.carrier,
                }}
                reload={() => void query.refetch()}
              />
            }
          >
            <FieldList
              items={[
                {
                  key: 'customer',
                  label: t('shipments.fields.customer'),
                  value: row.customer ? (
                    <Link to={paths.customer(row.customer.id)}>{row.customer.name}</Link>
                  ) : null,
                },
                {
                  key: 'order',
                  label: row.salesOrder
                    ? t('shipments.fields.order')
                    : t('shipments.fields.contract'),
                  value: row.salesOrder ? (
                    <Link to={paths.order(row.salesOrder.id)}>{row.salesOrder.number}</Link>
                  ) : row.contract ? (
                    <Link to={paths.contract(row.contract.id)}>{row.contract.number}</Link>
                  ) : null,
                },
                { key: 'amount', label: t('shipments.fields.amount'), value: money(row.amount) },
                {
                  key: 'unpaidAmount',
                  label: t('shipments.fields.unpaidAmount'),
                  value: (
                    <>
                      {money(row.unpaidAmount)}{' '}
                      {row.isOverCredit ? (
                        <Tag color={tagColors.orange}>{t('shipments.overCredit')}</Tag>
                      ) : null}
                    </>
                  ),
                },
                {
                  key: 'pendingApprovals',
                  label: t('shipments.fields.pendingApprovals'),
                  value: row.pendingApprovals.length
                    ? row.pendingApprovals.map((p) => (
                        <Tag key={p} color={tagColors.orange} data-testid={`pending-${p}`}>
                          {label('deliveryNoticeSignOff', p)}
                        </Tag>
                      ))
                    : '—',
                },
                {
                  key: 'plannedOn',
                  label: t('shipments.fields.plannedOn'),
                  value: date(row.plannedOn),
                },
                {
                  key: 'releasedOn',
                  label: t('shipments.fields.releasedOn'),
                  value: date(row.releasedOn),
                },
                {
                  key: 'shipDueOn',
                  label: t('shipments.fields.shipDueOn'),
                  value: date(row.shipDueOn),
                },
                {
                  key: 'shippedOn',
                  label: t('shipments.fields.shippedOn'),
                  value: date(row.shippedOn),
                },
                {
                  key: 'deliveredOn',
                  label: t('shipments.fields.deliveredOn'),
                  value: date(row.deliveredOn),
                },
                { key: 'carrier', label: t('shipments.fields.carrier'), value: row.carrier },
                {
                  key: 'waybillNumber',
                  label: t('shipments.fields.waybillNumber'),
                  value: row.waybillNumber,
                },
                ...(shipment.cancelledAt
                  ? [
                      {
                        key: 'cancellationReason',
                        label: t('shipments.fields.cancellationReason'),
                        field: { type: 'Shipment', field: 'cancellationReason' },
                        value: `${shipment.cancellationReason ?? ''} (${formatDateTime(shipment.cancelledAt, locale)})`,
                      },
                    ]
                  : []),
                { key: 'version', label: t('shipments.fields.version'), value: row.version },
                {
                  key: 'updatedAt',
                  label: t('shipments.fields.updatedAt'),
                  value: formatDateTime(shipment.updatedAt, locale),
                },
              ]}
            />
          </Card>
          <Card>
            <Tabs
              items={[
                {
                  key: 'lines',
                  label: t('shipments.tabs.lines', { count: shipment.lines.totalCount }),
                  children: (
                    <StaticTable
                      rows={shipment.lines.nodes}
                      rowKey={(l) => l.id}
                      label={t('shipments.tabs.lines', { count: shipment.lines.totalCount })}
                      exportName={`${row.noticeNumber}-lines`}
                      columns={[
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
                      ]}
                    />
                  ),
                },
                {
                  key: 'approvals',
                  label: t('shipments.tabs.approvals'),
                  children: shipment.approvals.nodes.length ? (
                    <Timeline
                      items={shipment.approvals.nodes.map((a, index) => ({
                        key: index,
                        color: 'green',
                        content: (
                          <div>
                            <Typography.Text strong>
                              {t('shipments.approvedBy', {
                                signOff: label('deliveryNoticeSignOff', a.signOff),
                                name: a.approvedBy?.name ?? '',
                              })}
                            </Typography.Text>{' '}
                            <Typography.Text type="secondary">
                              {formatDateTime(a.at, locale)}
                            </Typography.Text>
                            {a.comment ? <div>{a.comment}</div> : null}
                          </div>
                        ),
                      }))}
                    />
                  ) : (
                    <Typography.Text type="secondary">{t('table.empty')}</Typography.Text>
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
