import type { ReactNode } from 'react';
import { CursorTable } from '@/components/data-table/cursor-table';
import type { WorkQueue } from '@/components/work-queues';
import {
  lateConfirmationsCount,
  lateConfirmationsList,
  readableOrderQueues,
  type OrderQueueName,
} from '@/features/orders/api/order-queues';
import type { SalesOrderRow } from '@/features/orders/api/orders';
import { useOrderColumns, type OrderPaths } from '@/features/orders/components/use-order-columns';
import type { Access } from '@/lib/access/access';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * The order desk's queues the caller may read, for the dashboard's queue panel: each a table of orders linking
 * to the order. A new queue of orders is one more entry in `readableOrderQueues` and here.
 */
export function useOrderQueues(paths: OrderPaths): WorkQueue[] {
  const { t } = useI18n();
  const access = useAccess();
  const columns = useOrderColumns(paths);
  const table = (
    name: OrderQueueName,
    source: ReturnType<typeof lateConfirmationsList>,
  ): ReactNode => (
    <CursorTable<SalesOrderRow>
      {...source}
      columns={columns}
      rowKey={(o) => o.id}
      label={t(`queues.${name}`)}
      exportName={name}
      pageSize={10}
    />
  );
  const build: Record<OrderQueueName, (access: Access) => WorkQueue> = {
    lateConfirmations: (a) => ({
      key: 'lateConfirmations',
      title: t('queues.lateConfirmations'),
      count: lateConfirmationsCount(a),
      content: table('lateConfirmations', lateConfirmationsList(a)),
    }),
  };
  return readableOrderQueues(access).map((name) => build[name](access));
}
