import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { ContractsTable } from '@/features/contracts/components/contracts-table';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ContractsRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.contracts')}</PageTitle>
      <ContractsTable detailPath={paths.contract} />
    </>
  );
}
