import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { areaPaths, paths } from '@/config/paths';
import { CustomerDetail } from '@/features/customers/components/customer-detail';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function CustomerRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  return (
    <>
      <PageTitle
        extra={
          <Link to={areaPaths.customers}>
            <Button icon={<ArrowLeftOutlined />}>{t('app.back')}</Button>
          </Link>
        }
      >
        {t('nav.customers')}
      </PageTitle>
      <CustomerDetail id={id} contractPath={paths.contract} />
    </>
  );
}
