import { Space, Tag } from 'antd';
import { tagColors } from '@/components/tag-colors';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate } from '@/utils/format';

/**
 * When a customer's next visit or call is due, with an "overdue" tag once the day has passed (both from the API's
 * cadence); a customer without a cadence says so.
 */
export function ContactDue({
  dueOn,
  overdue,
}: {
  dueOn: string | null | undefined;
  overdue: boolean;
}) {
  const { t, locale } = useI18n();
  if (!dueOn) return <>{t('visits.noCadence')}</>;
  return (
    <Space size="small" wrap>
      <span>{formatDate(dueOn, locale)}</span>
      {overdue ? <Tag color={tagColors.red}>{t('visits.overdue')}</Tag> : null}
    </Space>
  );
}
