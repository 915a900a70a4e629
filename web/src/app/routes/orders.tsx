import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { OrdersTable } from '@/features/orders/components/orders-table';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function OrdersRoute() {
  const { t } = useI18n();
  const access = useAccess();
  return (
    <>
      <PageTitle
        extra={
          access.may('createSalesOrder') ? (
            <Link to={paths.newOrder}>
              <Button type="primary" icon={<PlusOutlined />}>
                {t('orders.form.newOrder')}
              </Button>
            </Link>
          ) : null
        }
      >
        {t('nav.orders')}
      </PageTitle>
      <OrdersTable paths={{ order: paths.order, contract: paths.contract }} />
    </>
  );
}
