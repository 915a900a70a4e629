import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { Link } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { ContractsTable } from '@/features/contracts/components/contracts-table';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ContractsRoute() {
  const { t } = useI18n();
  const access = useAccess();
  return (
    <>
      <PageTitle
        extra={
          access.may('createContract') ? (
            <Link to={paths.newContract}>
              <Button type="primary" icon={<PlusOutlined />}>
                {t('contracts.editor.newContract')}
              </Button>
            </Link>
          ) : null
        }
      >
        {t('nav.contracts')}
      </PageTitle>
      <ContractsTable detailPath={paths.contract} />
    </>
  );
}
