import { ArrowLeftOutlined, ShoppingCartOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import { Link, useParams } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { areaPaths, paths } from '@/config/paths';
import { CustomerComplaints } from '@/features/complaints/components/customer-complaints';
import { CustomerGradeProposals } from '@/features/credit/components/customer-grade-proposals';
import { CustomerDetail } from '@/features/customers/components/customer-detail';
import { CustomerOpportunities } from '@/features/funnel/components/customer-opportunities';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function CustomerRoute() {
  const { t } = useI18n();
  const { id = '' } = useParams();
  const access = useAccess();
  return (
    <>
      <PageTitle
        extra={
          <Space>
            {access.may('createSalesOrder') && access.canSee('orders') ? (
              <Link to={paths.newOrderFor(id)}>
                <Button icon={<ShoppingCartOutlined />}>{t('orders.form.newOrder')}</Button>
              </Link>
            ) : null}
            <Link to={areaPaths.customers}>
              <Button icon={<ArrowLeftOutlined />}>{t('app.back')}</Button>
            </Link>
          </Space>
        }
      >
        {t('nav.customers')}
      </PageTitle>
      <CustomerDetail id={id} contractPath={paths.contract} />
      <CustomerGradeProposals customerId={id} />
      {access.canSee('complaints') ? <CustomerComplaints customerId={id} /> : null}
      {access.canSee('funnel') ? (
        <CustomerOpportunities customerId={id} contractPath={paths.contract} />
      ) : null}
    </>
  );
}
