import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { FunnelPage } from '@/features/funnel/components/funnel-page';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function FunnelRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.funnel')}</PageTitle>
      <FunnelPage customerPath={paths.customer} contractPath={paths.contract} />
    </>
  );
}
