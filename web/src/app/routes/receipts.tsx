import { Flex, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { FinanceInvoicesTable } from '@/features/receivables/components/finance-invoices-table';
import { ReceiptsDesk } from '@/features/receivables/components/receipts-desk';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ReceiptsRoute() {
  const { t } = useI18n();
  const [params, setParams] = useSearchParams();
  const customerId = params.get('customer');
  return (
    <>
      <PageTitle>{t('nav.receipts')}</PageTitle>
      <Flex vertical gap="large">
        <ReceiptsDesk
          customerId={customerId}
          onCustomerChange={(id) => setParams(id ? { customer: id } : {}, { replace: true })}
        />
        <section aria-labelledby="finance-invoices">
          <Typography.Title level={2} id="finance-invoices" style={{ fontSize: 18 }}>
            {t('finance.invoices.title')}
          </Typography.Title>
          <FinanceInvoicesTable />
        </section>
      </Flex>
    </>
  );
}
