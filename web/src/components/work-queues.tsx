import { useQueries } from '@tanstack/react-query';
import { Card, Tabs, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { tagColors } from '@/components/tag-colors';
import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * One work queue of a desk (orders late for confirmation, paid awaiting shipment, …): a feature builds it from a
 * query of its own and the app composes the queues of every feature into one panel, so a new queue is one more
 * entry, not a change here.
 */
export interface WorkQueue {
  key: string;
  title: string;
  /** How many items wait; read apart from the table so every tab shows its count at once. */
  count: { queryKey: readonly unknown[]; fetch: (signal?: AbortSignal) => Promise<number> };
  /** The queue's own table, each row leading to the record to work on. */
  content: ReactNode;
}

/** The desk's queues as tabs with their counts; nothing when the caller has no queue to read. */
export function WorkQueuesPanel({ queues }: { queues: readonly WorkQueue[] }) {
  const { t } = useI18n();
  const counts = useQueries({
    queries: queues.map((queue) => ({
      queryKey: queue.count.queryKey,
      queryFn: ({ signal }: { signal?: AbortSignal }) => queue.count.fetch(signal),
    })),
  });
  if (!queues.length) return null;
  return (
    <Card
      title={
        <Typography.Title level={2} style={{ margin: 0, fontSize: 18 }}>
          {t('queues.title')}
        </Typography.Title>
      }
      data-testid="work-queues"
    >
      <Tabs
        items={queues.map((queue, index) => {
          const count = counts[index]?.data;
          return {
            key: queue.key,
            label: (
              <span data-testid={`queue-tab-${queue.key}`}>
                {queue.title}{' '}
                {count === undefined ? null : (
                  <Tag
                    color={count > 0 ? tagColors.red : undefined}
                    aria-label={t('queues.count', { count })}
                  >
                    {count}
                  </Tag>
                )}
              </span>
            ),
            children: queue.content,
          };
        })}
      />
    </Card>
  );
}
