import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { ReturnsTable } from '@/features/returns/components/returns-table';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ReturnsRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.returns')}</PageTitle>
      <ReturnsTable returnPath={paths.returnRequest} customerPath={paths.customer} />
    </>
  );
}
