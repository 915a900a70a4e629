import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { CustomersTable } from '@/features/customers/components/customers-table';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function CustomersRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.customers')}</PageTitle>
      <CustomersTable detailPath={paths.customer} />
    </>
  );
}
