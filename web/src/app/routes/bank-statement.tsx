import { PageTitle } from '@/components/page-title';
import { BankStatementImport } from '@/features/receivables/components/bank-statement-import';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function BankStatementRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.bankStatement')}</PageTitle>
      <BankStatementImport />
    </>
  );
}
