import { Input, Select } from 'antd';
import { useState } from 'react';
import { CursorTable } from '@/components/data-table/cursor-table';
import {
  shipmentsList,
  shipmentStatuses,
  type ShipmentFilters,
  type ShipmentRow,
} from '@/features/shipments/api/shipments';
import {
  useShipmentColumns,
  type ShipmentPaths,
} from '@/features/shipments/components/use-shipment-columns';
import type { ShipmentStatus } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface ShipmentsTableProps {
  paths: ShipmentPaths;
  /** Shows only shipments in these statuses, without a status picker (the approval inbox). */
  fixedStatuses?: ShipmentStatus[];
  label?: string;
  exportName?: string;
}

/** Delivery notices and shipments the caller may see, filtered on the server. */
export function ShipmentsTable({
  paths,
  fixedStatuses,
  label: tableLabel,
  exportName,
}: ShipmentsTableProps) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [filters, setFilters] = useState<ShipmentFilters>({});
  const effective = fixedStatuses ? { ...filters, statuses: fixedStatuses } : filters;
  return (
    <CursorTable<ShipmentRow>
      {...shipmentsList(access, effective)}
      columns={useShipmentColumns(paths)}
      rowKey={(s) => s.id}
      label={tableLabel ?? t('nav.shipments')}
      exportName={exportName ?? 'shipments'}
      toolbar={
        <>
          <Input.Search
            allowClear
            aria-label={t('shipments.filters.noticeNumber')}
            placeholder={t('shipments.filters.noticeNumber')}
            onSearch={(noticeNumber) => setFilters((f) => ({ ...f, noticeNumber }))}
            style={{ width: 200 }}
          />
          <Input.Search
            allowClear
            aria-label={t('shipments.filters.customer')}
            placeholder={t('shipments.filters.customer')}
            onSearch={(customerName) => setFilters((f) => ({ ...f, customerName }))}
            style={{ width: 220 }}
          />
          {fixedStatuses ? null : (
            <Select<ShipmentStatus[]>
              mode="multiple"
              allowClear
              aria-label={t('shipments.fields.status')}
              placeholder={t('shipments.fields.status')}
              style={{ minWidth: 200 }}
              value={filters.statuses ?? []}
              onChange={(statuses) => setFilters((f) => ({ ...f, statuses }))}
              options={shipmentStatuses.map((v) => ({
                value: v,
                label: label('shipmentStatus', v),
              }))}
            />
          )}
        </>
      }
    />
  );
}
