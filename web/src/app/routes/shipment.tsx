import { ArrowLeftOutlined, RollbackOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { areaPaths, paths } from '@/config/paths';
import { RequestReturnDialog } from '@/features/returns/components/request-return-dialog';
import { ShipmentRowFragment, useShipment } from '@/features/shipments/api/shipments';
import { ShipmentDetail } from '@/features/shipments/components/shipment-detail';
import { getFragmentData } from '@/gql';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** A delivery notice's page; a delivered one offers the return (退货) to those who may request it. */
export default function ShipmentRoute() {
  const { t } = useI18n();
  const access = useAccess();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const query = useShipment(id);
  const row = query.data?.shipment
    ? getFragmentData(ShipmentRowFragment, query.data.shipment)
    : null;
  const [returning, setReturning] = useState(false);
  const mayReturn = row?.status === 'DELIVERED' && access.may('requestReturn');
  return (
    <>
      <PageTitle
        extra={
          <Space>
            {mayReturn ? (
              <Button icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
                {t('returns.request')}
              </Button>
            ) : null}
            <Link to={areaPaths.shipments}>
              <Button icon={<ArrowLeftOutlined />}>{t('app.back')}</Button>
            </Link>
          </Space>
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
      {returning && row ? (
        <RequestReturnDialog
          shipment={{ id: row.id, noticeNumber: row.noticeNumber }}
          onClose={() => setReturning(false)}
          onRequested={(returnId) => {
            setReturning(false);
            void navigate(paths.returnRequest(returnId));
          }}
        />
      ) : null}
    </>
  );
}
