import { PageTitle } from '@/components/page-title';
import { StaffTable } from '@/features/staff/components/staff-table';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function StaffRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.staff')}</PageTitle>
      <StaffTable />
    </>
  );
}
