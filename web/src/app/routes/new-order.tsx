import { Result } from 'antd';
import { useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { areaPaths, paths } from '@/config/paths';
import { NewOrderForm } from '@/features/orders/components/new-order-form';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function NewOrderRoute() {
  const { t } = useI18n();
  const access = useAccess();
  const navigate = useNavigate();
  const [search] = useSearchParams();
  return (
    <>
      <PageTitle>{t('orders.form.title')}</PageTitle>
      {access.may('createSalesOrder') ? (
        <NewOrderForm
          customerId={search.get('customer') ?? undefined}
          onSaved={(id) => navigate(paths.order(id))}
          onCancel={() => navigate(areaPaths.orders)}
        />
      ) : (
        <Result status="403" title={t('app.forbiddenArea')} />
      )}
    </>
  );
}
