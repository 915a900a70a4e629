import { Space, Tag } from 'antd';
import { tagColors } from '@/components/tag-colors';
import type { SalesOrderRow } from '@/features/orders/api/orders';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDateTime } from '@/utils/format';

/**
 * The confirmation deadline of an order with a "late" tag when the API says it was (or still is) missed: the
 * API decides lateness by its business clock, so the browser's clock is never asked.
 */
export function ConfirmationDue({
  order,
}: {
  order: Pick<SalesOrderRow, 'confirmDueAt' | 'isConfirmationLate'>;
}) {
  const { t, locale } = useI18n();
  return (
    <Space size={4} wrap>
      <span>{formatDateTime(order.confirmDueAt, locale)}</span>
      {order.isConfirmationLate ? (
        <Tag color={tagColors.red} data-testid="late-badge">
          {t('orders.late')}
        </Tag>
      ) : null}
    </Space>
  );
}

/** Marks an order that was beyond the customer's credit when submitted (its delivery notice will need approval). */
export function OverCreditTag({ order }: { order: Pick<SalesOrderRow, 'isOverCredit'> }) {
  const { t } = useI18n();
  return order.isOverCredit ? <Tag color={tagColors.orange}>{t('orders.overCredit')}</Tag> : null;
}
