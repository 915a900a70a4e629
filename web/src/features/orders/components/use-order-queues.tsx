import { CursorTable } from '@/components/data-table/cursor-table';
import type { WorkQueue } from '@/components/work-queues';
import {
  orderQueueCount,
  orderQueueList,
  readableOrderQueues,
} from '@/features/orders/api/order-queues';
import type { SalesOrderRow } from '@/features/orders/api/orders';
import { useOrderColumns, type OrderPaths } from '@/features/orders/components/use-order-columns';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * The order desk's queues the caller may read, for the dashboard's queue panel: each a table of orders linking
 * to the order. A new queue of orders is one more name in `order-queues.ts`.
 */
export function useOrderQueues(paths: OrderPaths): WorkQueue[] {
  const { t } = useI18n();
  const access = useAccess();
  const columns = useOrderColumns(paths);
  return readableOrderQueues(access).map((name) => ({
    key: name,
    title: t(`queues.${name}`),
    count: orderQueueCount(access, name),
    content: (
      <CursorTable<SalesOrderRow>
        {...orderQueueList(access, name)}
        columns={columns}
        rowKey={(o) => o.id}
        label={t(`queues.${name}`)}
        exportName={name}
        pageSize={10}
      />
    ),
  }));
}
