import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { areaPaths, paths } from '@/config/paths';
import { ShipmentDetail } from '@/features/shipments/components/shipment-detail';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ShipmentRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  return (
    <>
      <PageTitle
        extra={
          <Link to={areaPaths.shipments}>
            <Button icon={<ArrowLeftOutlined />}>{t('app.back')}</Button>
          </Link>
        }
      >
        {t('nav.shipments')}
      </PageTitle>
      <ShipmentDetail
        id={id}
        paths={{
          shipment: paths.shipment,
          order: paths.order,
          contract: paths.contract,
          customer: paths.customer,
        }}
      />
    </>
  );
}
