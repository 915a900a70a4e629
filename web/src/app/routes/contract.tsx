import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { areaPaths, paths } from '@/config/paths';
import { ContractDetail } from '@/features/contracts/components/contract-detail';
import { ContractShipmentsReturns } from '@/features/returns/components/contract-shipments-returns';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ContractRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const navigate = useNavigate();
  return (
    <>
      <PageTitle
        extra={
          <Link to={areaPaths.contracts}>
            <Button icon={<ArrowLeftOutlined />}>{t('app.back')}</Button>
          </Link>
        }
      >
        {t('nav.contracts')}
      </PageTitle>
      <ContractDetail id={id} customerPath={paths.customer} editPath={paths.editContract} />
      <div style={{ marginTop: 16 }}>
        <ContractShipmentsReturns
          contractId={id}
          returnPath={paths.returnRequest}
          navigate={(path) => void navigate(path)}
        />
      </div>
    </>
  );
}
