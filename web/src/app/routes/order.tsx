import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { areaPaths, paths } from '@/config/paths';
import { OrderDetail } from '@/features/orders/components/order-detail';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function OrderRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  return (
    <>
      <PageTitle
        extra={
          <Link to={areaPaths.orders}>
            <Button icon={<ArrowLeftOutlined />}>{t('app.back')}</Button>
          </Link>
        }
      >
        {t('nav.orders')}
      </PageTitle>
      <OrderDetail
        id={id}
        customerPath={paths.customer}
        contractPath={paths.contract}
        shipmentPath={paths.shipment}
      />
    </>
  );
}
