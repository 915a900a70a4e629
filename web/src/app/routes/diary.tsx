import { PageTitle } from '@/components/page-title';
import { DiaryPage } from '@/features/diary/components/diary-page';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function DiaryRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.diary')}</PageTitle>
      <DiaryPage />
    </>
  );
}
