import { Input, Select } from 'antd';
import { useState } from 'react';
import { CursorTable } from '@/components/data-table/cursor-table';
import {
  ordersList,
  salesOrderStatuses,
  type OrderFilters,
  type SalesOrderRow,
} from '@/features/orders/api/orders';
import { useOrderColumns, type OrderPaths } from '@/features/orders/components/use-order-columns';
import type { SalesOrderStatus } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** All orders the caller may see, filtered by number, customer and status on the server. */
export function OrdersTable({ paths }: { paths: OrderPaths }) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [filters, setFilters] = useState<OrderFilters>({});
  return (
    <CursorTable<SalesOrderRow>
      {...ordersList(access, filters)}
      columns={useOrderColumns(paths)}
      rowKey={(o) => o.id}
      label={t('nav.orders')}
      exportName="sales-orders"
      toolbar={
        <>
          <Input.Search
            allowClear
            aria-label={t('orders.filters.number')}
            placeholder={t('orders.filters.number')}
            onSearch={(number) => setFilters((f) => ({ ...f, number }))}
            style={{ width: 200 }}
          />
          <Input.Search
            allowClear
            aria-label={t('orders.filters.customer')}
            placeholder={t('orders.filters.customer')}
            onSearch={(customerName) => setFilters((f) => ({ ...f, customerName }))}
            style={{ width: 220 }}
          />
          <Select<SalesOrderStatus[]>
            mode="multiple"
            allowClear
            aria-label={t('orders.fields.status')}
            placeholder={t('orders.fields.status')}
            style={{ minWidth: 200 }}
            value={filters.statuses ?? []}
            onChange={(statuses) => setFilters((f) => ({ ...f, statuses }))}
            options={salesOrderStatuses.map((v) => ({
              value: v,
              label: label('salesOrderStatus', v),
            }))}
          />
        </>
      }
    />
  );
}
