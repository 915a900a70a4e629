import { Card, Empty } from 'antd';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';

/** Stands in for an area whose page waits for the GraphQL schema. */
export function PlaceholderPage({ titleKey }: { titleKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <Card title={t(titleKey)}>
      <Empty description={t('app.comingSoon')} />
    </Card>
  );
}
