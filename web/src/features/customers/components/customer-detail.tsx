import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Tabs, Typography } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContactDue } from '@/components/contact-due';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import { FieldList } from '@/components/field-list';
import { QueryState } from '@/components/query-state';
import {
  customerActivitiesList,
  customerContractsList,
  customerReceivablesList,
  CustomerRowFragment,
  useCustomer,
} from '@/features/customers/api/customers';
import { CustomerActions } from '@/features/customers/components/customer-actions';
import { LogActivityDialog } from '@/features/customers/components/log-activity-dialog';
import { getFragmentData } from '@/gql/fragment-masking';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatDateTime, formatMoney } from '@/utils/format';

interface CustomerDetailProps {
  id: string;
  contractPath: (id: string) => string;
}

/** One customer: its file (fields per the caller's permissions), contracts, open receivables and activities. */
export function CustomerDetail({ id, contractPath }: CustomerDetailProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const query = useCustomer(id);
  const customer = query.data?.customer;
  const row = customer ? getFragmentData(CustomerRowFragment, customer) : null;
  const withText = access.canRead({ type: 'Activity', field: 'subject' });
  const [logging, setLogging] = useState(false);

  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
      isEmpty={!query.isLoading && !query.error && !customer}
    >
      {customer && row ? (
        <Flex vertical gap="middle">
          <Card
            title={
              <Typography.Title level={2} style={{ margin: 0, fontSize: 20 }}>
                {row.name} <EnumTag name="customerGrade" value={row.grade} />
              </Typography.Title>
            }
            extra={
              <CustomerActions
                reload={() => void query.refetch()}
                customer={{
                  id: row.id,
                  version: customer.version,
                  status: row.status,
                  regionCode: customer.region?.code,
                  ownerName: row.owner?.name,
                  values: {
                    name: row.name,
                    kind: row.kind,
                    industry: row.industry,
                    source: row.source,
                    contactPerson: row.contactPerson,
                    mobile: row.mobile,
                    address: customer.address,
                    designatedCarrier: customer.designatedCarrier,
                    grade: row.grade,
                    ownerId: row.owner?.id,
                    creditLimit: row.creditLimit,
                    paymentTermDays: row.paymentTermDays,
                  },
                }}
              />
            }
          >
            <FieldList
              items={[
                { key: 'code', label: t('customers.fields.code'), value: row.code },
                {
                  key: 'status',
                  label: t('customers.fields.status'),
                  value: <EnumTag name="customerStatus" value={row.status} />,
                },
                {
                  key: 'kind',
                  label: t('customers.fields.kind'),
                  value: label('customerKind', row.kind),
                },
                { key: 'industry', label: t('customers.fields.industry'), value: row.industry },
                {
                  key: 'source',
                  label: t('customers.fields.source'),
                  value: label('customerSource', row.source),
                },
                { key: 'region', label: t('customers.fields.region'), value: row.region?.name },
                { key: 'owner', label: t('customers.fields.owner'), value: row.owner?.name },
                {
                  key: 'contactPerson',
                  label: t('customers.fields.contactPerson'),
                  field: { type: 'Customer', field: 'contactPerson' },
                  value: row.contactPerson,
                },
                {
                  key: 'mobile',
                  label: t('customers.fields.mobile'),
                  field: { type: 'Customer', field: 'mobile' },
                  value: row.mobile,
                },
                {
                  key: 'address',
                  label: t('customers.fields.address'),
                  field: { type: 'Customer', field: 'address' },
                  value: customer.address,
                },
                {
                  key: 'openReceivables',
                  label: t('customers.fields.openReceivables'),
                  field: { type: 'Customer', field: 'openReceivables' },
                  value: (
                    <span data-testid="customer-open-receivables">
                      {formatMoney(customer.openReceivables, locale)}
                    </span>
                  ),
                },
                {
                  key: 'creditLimit',
                  label: t('customers.fields.creditLimit'),
                  field: { type: 'Customer', field: 'creditLimit' },
                  value: row.creditLimit == null ? null : formatMoney(row.creditLimit, locale),
                },
                {
                  key: 'creditRemaining',
                  label: t('customers.fields.creditRemaining'),
                  field: { type: 'Customer', field: 'creditRemaining' },
                  value:
                    customer.creditRemaining == null ? null : (
                      <span data-testid="customer-credit-remaining">
                        {formatMoney(customer.creditRemaining, locale)}
                      </span>
                    ),
                },
                {
                  key: 'paymentTermDays',
                  label: t('customers.fields.paymentTermDays'),
                  field: { type: 'Customer', field: 'paymentTermDays' },
                  value:
                    row.paymentTermDays == null ? null : (
                      <span data-testid="customer-payment-term">
                        {t('common.days', { count: row.paymentTermDays })}
                      </span>
                    ),
                },
                {
                  key: 'carrier',
                  label: t('customers.fields.designatedCarrier'),
                  value: customer.designatedCarrier,
                },
                {
                  key: 'createdAt',
                  label: t('customers.fields.createdAt'),
                  value: formatDate(customer.createdAt, locale),
                },
                {
                  key: 'firstContractOn',
                  label: t('customers.fields.firstContractOn'),
                  value: customer.firstContractOn
                    ? formatDate(customer.firstContractOn, locale)
                    : null,
                },
                {
                  key: 'lastContactAt',
                  label: t('visits.fields.lastContactAt'),
                  value: customer.lastContactAt
                    ? formatDateTime(customer.lastContactAt, locale)
                    : t('visits.neverContacted'),
                },
                {
                  key: 'nextContactDueOn',
                  label: t('visits.fields.nextContactDueOn'),
                  value: (
                    <ContactDue
                      dueOn={customer.nextContactDueOn}
                      overdue={customer.isContactOverdue}
                    />
                  ),
                },
              ]}
            />
          </Card>
          <Card>
            <Tabs
              items={[
                {
                  key: 'contracts',
                  label: t('customers.tabs.contracts'),
                  children: (
                    <CursorTable
                      {...customerContractsList(id)}
                      rowKey={(c) => c.id}
                      label={t('customers.tabs.contracts')}
                      exportName={`customer-${row.code}-contracts`}
                      pageSize={10}
                      columns={[
                        {
                          key: 'number',
                          title: t('contracts.fields.number'),
                          render: (c) => <Link to={contractPath(c.id)}>{c.number}</Link>,
                          csv: (c) => c.number,
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
                          render: (c) => formatMoney(c.discountAmount, locale),
                          csv: (c) => Number(c.discountAmount),
                        },
                      ]}
                    />
                  ),
                },
                {
                  key: 'receivables',
                  label: t('customers.tabs.receivables'),
                  children: (
                    <CursorTable
                      {...customerReceivablesList(id)}
                      rowKey={(i) => i.id}
                      label={t('customers.tabs.receivables')}
                      exportName={`customer-${row.code}-receivables`}
                      pageSize={10}
                      columns={[
                        {
                          key: 'number',
                          title: t('invoices.fields.number'),
                          render: (i) => i.number,
                          csv: (i) => i.number,
                        },
                        {
                          key: 'contract',
                          title: t('invoices.fields.contract'),
                          render: (i) =>
                            i.contract ? (
                              <Link to={contractPath(i.contract.id)}>{i.contract.number}</Link>
                            ) : null,
                          csv: (i) => i.contract?.number,
                        },
                        {
                          key: 'amount',
                          title: t('invoices.fields.amount'),
                          align: 'right',
                          render: (i) => formatMoney(i.amount, locale),
                          csv: (i) => Number(i.amount),
                        },
                        {
                          key: 'openAmount',
                          title: t('invoices.fields.openAmount'),
                          align: 'right',
                          render: (i) => formatMoney(i.openAmount, locale),
                          csv: (i) => Number(i.openAmount),
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
                          render: (i) =>
                            i.daysOverdue > 0 ? (
                              <Typography.Text type="danger">{i.daysOverdue}</Typography.Text>
                            ) : (
                              0
                            ),
                          csv: (i) => i.daysOverdue,
                        },
                      ]}
                    />
                  ),
                },
                {
                  key: 'activities',
                  label: t('customers.tabs.activities'),
                  children: (
                    <CursorTable
                      {...customerActivitiesList(id, withText)}
                      toolbar={
                        access.may('logActivity') ? (
                          <Button icon={<PlusOutlined />} onClick={() => setLogging(true)}>
                            {t('activities.log')}
                          </Button>
                        ) : undefined
                      }
                      rowKey={(a) => a.id}
                      label={t('customers.tabs.activities')}
                      exportName={`customer-${row.code}-activities`}
                      pageSize={10}
                      columns={[
                        {
                          key: 'occurredAt',
                          title: t('activities.fields.occurredAt'),
                          render: (a) => formatDateTime(a.occurredAt, locale),
                          csv: (a) => a.occurredAt,
                        },
                        {
                          key: 'kind',
                          title: t('activities.fields.kind'),
                          render: (a) => label('activityKind', a.kind),
                          csv: (a) => label('activityKind', a.kind),
                        },
                        {
                          key: 'subject',
                          title: t('activities.fields.subject'),
                          field: { type: 'Activity', field: 'subject' },
                          render: (a) => a.subject,
                          csv: (a) => a.subject,
                        },
                        {
                          key: 'staff',
                          title: t('activities.fields.staff'),
                          render: (a) => a.staff?.name,
                          csv: (a) => a.staff?.name,
                        },
                        {
                          key: 'answeredAt',
                          title: t('activities.fields.answeredAt'),
                          render: (a) =>
                            a.kind !== 'COMPLAINT'
                              ? null
                              : a.answeredAt
                                ? formatDateTime(a.answeredAt, locale)
                                : t('activities.unanswered'),
                          csv: (a) => a.answeredAt,
                        },
                      ]}
                    />
                  ),
                },
              ]}
            />
          </Card>
          {logging ? <LogActivityDialog customerId={id} onClose={() => setLogging(false)} /> : null}
        </Flex>
      ) : null}
    </QueryState>
  );
}
