import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { ComplaintsPage } from '@/features/complaints/components/complaints-page';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ComplaintsRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.complaints')}</PageTitle>
      <ComplaintsPage customerPath={paths.customer} />
    </>
  );
}
