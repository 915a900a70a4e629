import { CursorTable } from '@/components/data-table/cursor-table';
import type { WorkQueue } from '@/components/work-queues';
import {
  readableShipmentQueues,
  shipmentQueueCount,
  shipmentQueueList,
} from '@/features/shipments/api/shipment-queues';
import type { ShipmentRow } from '@/features/shipments/api/shipments';
import {
  useShipmentColumns,
  type ShipmentPaths,
} from '@/features/shipments/components/use-shipment-columns';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** The desk's shipment queues the caller may read (due today, late, shipped unpaid), for the queue panel. */
export function useShipmentQueues(paths: ShipmentPaths): WorkQueue[] {
  const { t } = useI18n();
  const access = useAccess();
  const columns = useShipmentColumns(paths);
  return readableShipmentQueues(access).map((name) => ({
    key: name,
    title: t(`queues.${name}`),
    count: shipmentQueueCount(access, name),
    content: (
      <CursorTable<ShipmentRow>
        {...shipmentQueueList(access, name)}
        columns={columns}
        rowKey={(s) => s.id}
        label={t(`queues.${name}`)}
        exportName={name}
        pageSize={10}
      />
    ),
  }));
}
