import { PageTitle } from '@/components/page-title';
import { AuditTable } from '@/features/audit/components/audit-table';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function AuditRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.audit')}</PageTitle>
      <AuditTable />
    </>
  );
}
