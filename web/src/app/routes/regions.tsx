import { PageTitle } from '@/components/page-title';
import { RegionTree } from '@/features/regions/components/region-tree';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function RegionsRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.regions')}</PageTitle>
      <RegionTree />
    </>
  );
}
