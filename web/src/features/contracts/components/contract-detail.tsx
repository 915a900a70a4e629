import { Card, Flex, Tabs, Timeline, Typography } from 'antd';
import { Link } from 'react-router';
import { StaticTable } from '@/components/data-table/static-table';
import { EnumTag } from '@/components/enum-tag';
import { FieldList } from '@/components/field-list';
import { QueryState } from '@/components/query-state';
import { ContractRowFragment, useContract } from '@/features/contracts/api/contracts';
import { ContractApprovalStatus } from '@/features/contracts/components/contract-approval-status';
import { ContractWorkflowActions } from '@/features/contracts/components/contract-workflow-actions';
import { getFragmentData } from '@/gql/fragment-masking';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatDateTime, formatMoney, formatPercent } from '@/utils/format';

interface ContractDetailProps {
  id: string;
  customerPath: (id: string) => string;
  editPath: (id: string) => string;
}

/** One contract: terms, lines with list and agreed prices, approval history, invoices and payments. */
export function ContractDetail({ id, customerPath, editPath }: ContractDetailProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const query = useContract(id);
  const contract = query.data?.contract;
  const row = contract ? getFragmentData(ContractRowFragment, contract) : null;
  const money = (value: string | number) => formatMoney(value, locale);

  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
      isEmpty={!query.isLoading && !query.error && !contract}
    >
      {contract && row ? (
        <Flex vertical gap="middle">
          <Card
            title={
              <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
                {t('contracts.title', { number: row.number })}{' '}
                <EnumTag name="contractStatus" value={row.status} />
              </Typography.Title>
            }
            extra={
              <ContractWorkflowActions
                contract={{
                  id: row.id,
                  status: row.status,
                  version: row.version,
                  approvalState: row.approvalState,
                }}
                editPath={editPath}
                reload={() => void query.refetch()}
              />
            }
          >
            <FieldList
              items={[
                {
                  key: 'customer',
                  label: t('contracts.fields.customer'),
                  value: row.customer ? (
                    <Link to={customerPath(row.customer.id)}>{row.customer.name}</Link>
                  ) : null,
                },
                { key: 'owner', label: t('contracts.fields.owner'), value: row.owner?.name },
                { key: 'region', label: t('contracts.fields.region'), value: row.region?.name },
                {
                  key: 'signedOn',
                  label: t('contracts.fields.signedOn'),
                  value: row.signedOn ? formatDate(row.signedOn, locale) : null,
                },
                {
                  key: 'term',
                  label: t('contracts.fields.term'),
                  value:
                    contract.startOn && contract.endOn
                      ? `${formatDate(contract.startOn, locale)} – ${formatDate(contract.endOn, locale)}`
                      : null,
                },
                {
                  key: 'paymentTerm',
                  label: t('contracts.fields.paymentTermDays'),
                  value: t('common.days', { count: contract.paymentTermDays }),
                },
                {
                  key: 'listTotal',
                  label: t('contracts.fields.listTotal'),
                  value: money(row.listTotal),
                },
                {
                  key: 'agreedTotal',
                  label: t('contracts.fields.agreedTotal'),
                  value: money(row.agreedTotal),
                },
                {
                  key: 'discount',
                  label: t('contracts.fields.discountAmount'),
                  value: `${money(row.discountAmount)} (${formatPercent(row.discountRate, locale)})`,
                },
                {
                  key: 'costTotal',
                  label: t('contracts.fields.costTotal'),
                  field: { type: 'Contract', field: 'costTotal' },
                  value: contract.costTotal == null ? null : money(contract.costTotal),
                },
                {
                  key: 'grossMargin',
                  label: t('contracts.fields.grossMargin'),
                  field: { type: 'Contract', field: 'grossMargin' },
                  value: row.grossMargin == null ? null : formatPercent(row.grossMargin, locale),
                },
                { key: 'version', label: t('contracts.fields.version'), value: row.version },
                {
                  key: 'terminationReason',
                  label: t('contracts.fields.terminationReason'),
                  value: contract.terminationReason,
                },
                {
                  key: 'updatedAt',
                  label: t('contracts.fields.updatedAt'),
                  value: formatDateTime(contract.updatedAt, locale),
                },
              ].filter((item) => item.key !== 'terminationReason' || contract.terminationReason)}
            />
            <div style={{ marginTop: 16 }}>
              <ContractApprovalStatus
                status={row.status}
                approvalState={row.approvalState}
                history={contract.history.nodes}
              />
            </div>
          </Card>
          <Card>
            <Tabs
              items={[
                {
                  key: 'lines',
                  label: t('contracts.tabs.lines', { count: contract.lines.totalCount }),
                  children: (
                    <StaticTable
                      rows={contract.lines.nodes}
                      rowKey={(l) => String(l.lineNo)}
                      label={t('contracts.tabs.lines', { count: contract.lines.totalCount })}
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
                          title: t('contracts.lines.quantity'),
                          align: 'right',
                          render: (l) => l.quantity,
                          csv: (l) => l.quantity,
                        },
                        {
                          key: 'listUnitPrice',
                          title: t('contracts.lines.listUnitPrice'),
                          align: 'right',
                          render: (l) => money(l.listUnitPrice),
                          csv: (l) => Number(l.listUnitPrice),
                        },
                        {
                          key: 'agreedUnitPrice',
                          title: t('contracts.lines.agreedUnitPrice'),
                          align: 'right',
                          render: (l) => money(l.agreedUnitPrice),
                          csv: (l) => Number(l.agreedUnitPrice),
                        },
                        {
                          key: 'unitCost',
                          title: t('contracts.lines.unitCost'),
                          field: { type: 'ContractLine', field: 'unitCost' },
                          align: 'right',
                          render: (l) => (l.unitCost == null ? null : money(l.unitCost)),
                          csv: (l) => (l.unitCost == null ? null : Number(l.unitCost)),
                        },
                        {
                          key: 'listAmount',
                          title: t('contracts.lines.listAmount'),
                          align: 'right',
                          render: (l) => money(l.listAmount),
                          csv: (l) => Number(l.listAmount),
                        },
                        {
                          key: 'agreedAmount',
                          title: t('contracts.lines.agreedAmount'),
                          align: 'right',
                          render: (l) => money(l.agreedAmount),
                          csv: (l) => Number(l.agreedAmount),
                        },
                      ]}
                    />
                  ),
                },
                {
                  key: 'history',
                  label: t('contracts.tabs.history'),
                  children: contract.history.nodes.length ? (
                    <Timeline
                      items={contract.history.nodes.map((event, index) => ({
                        key: index,
                        color:
                          event.kind === 'REJECTED' || event.kind === 'TERMINATED'
                            ? 'red'
                            : event.kind === 'APPROVED'
                              ? 'green'
                              : 'blue',
                        content: (
                          <div>
                            <Typography.Text strong>
                              {label('contractEventKind', event.kind)}
                            </Typography.Text>{' '}
                            {event.approvalLevel
                              ? `(${label('approvalLevel', event.approvalLevel)}) `
                              : null}
                            <Typography.Text type="secondary">
                              {event.fromStatus
                                ? `${label('contractStatus', event.fromStatus)} → `
                                : ''}
                              {label('contractStatus', event.toStatus)} ·{' '}
                              {formatDateTime(event.at, locale)}
                              {event.actor ? ` · ${event.actor.name}` : ''}
                            </Typography.Text>
                            {event.comment ? <div>{event.comment}</div> : null}
                          </div>
                        ),
                      }))}
                    />
                  ) : (
                    <Typography.Text type="secondary">{t('table.empty')}</Typography.Text>
                  ),
                },
                {
                  key: 'invoices',
                  label: t('contracts.tabs.invoices'),
                  children: (
                    <StaticTable
                      rows={contract.invoices.nodes}
                      rowKey={(i) => i.id}
                      label={t('contracts.tabs.invoices')}
                      exportName={`${row.number}-invoices`}
                      columns={[
                        {
                          key: 'number',
                          title: t('invoices.fields.number'),
                          render: (i) => i.number,
                          csv: (i) => i.number,
                        },
                        {
                          key: 'amount',
                          title: t('invoices.fields.amount'),
                          align: 'right',
                          render: (i) => money(i.amount),
                          csv: (i) => Number(i.amount),
                        },
                        {
                          key: 'openAmount',
                          title: t('invoices.fields.openAmount'),
                          align: 'right',
                          render: (i) => money(i.openAmount),
                          csv: (i) => Number(i.openAmount),
                        },
                        {
                          key: 'issuedOn',
                          title: t('invoices.fields.issuedOn'),
                          render: (i) => formatDate(i.issuedOn, locale),
                          csv: (i) => i.issuedOn,
                        },
                        {
                          key: 'dueOn',
                          title: t('invoices.fields.dueOn'),
                          render: (i) => formatDate(i.dueOn, locale),
                          csv: (i) => i.dueOn,
                        },
                        {
                          key: 'daysOverdue',
                          title: t('invoices.fields.daysOverdue'),
                          align: 'right',
                          render: (i) => i.daysOverdue,
                          csv: (i) => i.daysOverdue,
                        },
                      ]}
                    />
                  ),
                },
                {
                  key: 'payments',
                  label: t('contracts.tabs.payments'),
                  children: (
                    <StaticTable
                      rows={contract.payments.nodes}
                      rowKey={(p) => p.id}
                      label={t('contracts.tabs.payments')}
                      exportName={`${row.number}-payments`}
                      columns={[
                        {
                          key: 'number',
                          title: t('payments.fields.number'),
                          render: (p) => p.number,
                          csv: (p) => p.number,
                        },
                        {
                          key: 'amount',
                          title: t('payments.fields.amount'),
                          align: 'right',
                          render: (p) => money(p.amount),
                          csv: (p) => Number(p.amount),
                        },
                        {
                          key: 'receivedOn',
                          title: t('payments.fields.receivedOn'),
                          render: (p) => formatDate(p.receivedOn, locale),
                          csv: (p) => p.receivedOn,
                        },
                        {
                          key: 'method',
                          title: t('payments.fields.method'),
                          render: (p) => label('paymentMethod', p.method),
                          csv: (p) => label('paymentMethod', p.method),
                        },
                        {
                          key: 'confirmedAt',
                          title: t('payments.fields.confirmedAt'),
                          render: (p) =>
                            p.confirmedAt
                              ? formatDateTime(p.confirmedAt, locale)
                              : t('payments.unconfirmed'),
                          csv: (p) => p.confirmedAt,
                        },
                      ]}
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
