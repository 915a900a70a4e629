import { Input, Select } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import {
  customersList,
  type CustomerFilters,
  type CustomerRow,
} from '@/features/customers/api/customers';
import type { CustomerGrade, CustomerStatus } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney } from '@/utils/format';

/** The columns of the customer list; guarded ones carry their field so `me` decides whether they show. */
function useCustomerColumns(detailPath: (id: string) => string): DataColumn<CustomerRow>[] {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  return [
    {
      key: 'code',
      sortField: 'code',
      title: t('customers.fields.code'),
      render: (c) => <Link to={detailPath(c.id)}>{c.code}</Link>,
      csv: (c) => c.code,
    },
    { key: 'name', title: t('customers.fields.name'), render: (c) => c.name, csv: (c) => c.name },
    {
      key: 'grade',
      sortField: 'grade',
      title: t('customers.fields.grade'),
      render: (c) => <EnumTag name="customerGrade" value={c.grade} />,
      csv: (c) => label('customerGrade', c.grade),
    },
    {
      key: 'status',
      sortField: 'status',
      title: t('customers.fields.status'),
      render: (c) => <EnumTag name="customerStatus" value={c.status} />,
      csv: (c) => label('customerStatus', c.status),
    },
    {
      key: 'kind',
      title: t('customers.fields.kind'),
      render: (c) => label('customerKind', c.kind),
      csv: (c) => label('customerKind', c.kind),
    },
    {
      key: 'industry',
      title: t('customers.fields.industry'),
      render: (c) => c.industry,
      csv: (c) => c.industry,
    },
    {
      key: 'region',
      title: t('customers.fields.region'),
      render: (c) => c.region?.name,
      csv: (c) => c.region?.name,
    },
    {
      key: 'owner',
      title: t('customers.fields.owner'),
      render: (c) => c.owner?.name,
      csv: (c) => c.owner?.name,
    },
    {
      key: 'contactPerson',
      title: t('customers.fields.contactPerson'),
      field: { type: 'Customer', field: 'contactPerson' },
      render: (c) => c.contactPerson,
      csv: (c) => c.contactPerson,
    },
    {
      key: 'mobile',
      title: t('customers.fields.mobile'),
      field: { type: 'Customer', field: 'mobile' },
      render: (c) => c.mobile,
      csv: (c) => c.mobile,
    },
    {
      key: 'creditLimit',
      sortField: 'creditLimit',
      title: t('customers.fields.creditLimit'),
      field: { type: 'Customer', field: 'creditLimit' },
      align: 'right',
      render: (c) => (c.creditLimit == null ? null : formatMoney(c.creditLimit, locale)),
      csv: (c) => (c.creditLimit == null ? null : Number(c.creditLimit)),
    },
    {
      key: 'paymentTermDays',
      title: t('customers.fields.paymentTermDays'),
      field: { type: 'Customer', field: 'paymentTermDays' },
      align: 'right',
      render: (c) => c.paymentTermDays,
      csv: (c) => c.paymentTermDays,
    },
  ];
}

export function CustomersTable({ detailPath }: { detailPath: (id: string) => string }) {
  const { t } = useI18n();
  const access = useAccess();
  const label = useEnumLabel();
  const columns = useCustomerColumns(detailPath);
  const [filters, setFilters] = useState<CustomerFilters>({});
  const grades: CustomerGrade[] = ['A', 'B', 'C'];
  const statuses: CustomerStatus[] = ['PROSPECT', 'ACTIVE', 'DORMANT', 'LOST'];
  return (
    <CursorTable<CustomerRow>
      {...customersList(access, filters)}
      toolbar={
        <>
          <Input.Search
            allowClear
            aria-label={t('customers.filters.search')}
            placeholder={t('customers.filters.search')}
            onSearch={(text) => setFilters((f) => ({ ...f, text }))}
            style={{ width: 260 }}
          />
          <Select<CustomerGrade[]>
            mode="multiple"
            allowClear
            aria-label={t('customers.fields.grade')}
            placeholder={t('customers.fields.grade')}
            style={{ minWidth: 160 }}
            value={filters.grades ?? []}
            onChange={(value) => setFilters((f) => ({ ...f, grades: value }))}
            options={grades.map((g) => ({ value: g, label: label('customerGrade', g) }))}
          />
          <Select<CustomerStatus[]>
            mode="multiple"
            allowClear
            aria-label={t('customers.fields.status')}
            placeholder={t('customers.fields.status')}
            style={{ minWidth: 160 }}
            value={filters.statuses ?? []}
            onChange={(value) => setFilters((f) => ({ ...f, statuses: value }))}
            options={statuses.map((v) => ({ value: v, label: label('customerStatus', v) }))}
          />
        </>
      }
      columns={columns}
      rowKey={(c) => c.id}
      label={t('nav.customers')}
      exportName="customers"
    />
  );
}
