import { Card, Empty } from 'antd';
import { PageTitle } from '@/components/page-title';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';

/** Stands in for an area whose API has not landed yet. */
export function PlaceholderPage({ titleKey }: { titleKey: MessageKey }) {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t(titleKey)}</PageTitle>
      <Card>
        <Empty description={t('app.comingSoon')} />
      </Card>
    </>
  );
}
