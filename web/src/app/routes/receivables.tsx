import { Flex, Typography } from 'antd';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { AgingCard } from '@/features/receivables/components/aging-card';
import { InvoicesTable } from '@/features/receivables/components/invoices-table';
import { UnconfirmedPaymentsTable } from '@/features/receivables/components/unconfirmed-payments-table';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ReceivablesRoute() {
  const { t } = useI18n();
  const access = useAccess();
  return (
    <>
      <PageTitle>{t('nav.receivables')}</PageTitle>
      <Flex vertical gap="middle">
        <AgingCard />
        <section aria-labelledby="open-invoices">
          <Typography.Title level={2} id="open-invoices" style={{ fontSize: 18 }}>
            {t('receivables.invoices')}
          </Typography.Title>
          <InvoicesTable contractPath={paths.contract} />
        </section>
        {access.canRead({ type: 'Query', field: 'payments' }) ? (
          <section aria-labelledby="unconfirmed-payments">
            <Typography.Title level={2} id="unconfirmed-payments" style={{ fontSize: 18 }}>
              {t('receivables.unconfirmed')}
            </Typography.Title>
            <UnconfirmedPaymentsTable contractPath={paths.contract} />
          </section>
        ) : null}
      </Flex>
    </>
  );
}
