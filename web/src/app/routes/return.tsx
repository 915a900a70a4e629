import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { areaPaths, paths } from '@/config/paths';
import { ReturnDetail } from '@/features/returns/components/return-detail';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ReturnRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  return (
    <>
      <PageTitle
        extra={
          <Link to={areaPaths.returns}>
            <Button icon={<ArrowLeftOutlined />}>{t('app.back')}</Button>
          </Link>
        }
      >
        {t('nav.returns')}
      </PageTitle>
      <ReturnDetail id={id} customerPath={paths.customer} contractPath={paths.contract} />
    </>
  );
}
