import { PageTitle } from '@/components/page-title';
import { CreditPolicyPage } from '@/features/credit/components/credit-policy-page';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function CreditPolicyRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.creditPolicy')}</PageTitle>
      <CreditPolicyPage />
    </>
  );
}
