import { PlusOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { CustomerFormDialog } from '@/features/customers/components/customer-form-dialog';
import { CustomersTable } from '@/features/customers/components/customers-table';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function CustomersRoute() {
  const { t } = useI18n();
  const access = useAccess();
  const navigate = useNavigate();
  const [creating, setCreating] = useState(false);
  return (
    <>
      <PageTitle
        extra={
          access.may('createCustomer') ? (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
              {t('customers.actions.new')}
            </Button>
          ) : null
        }
      >
        {t('nav.customers')}
      </PageTitle>
      <CustomersTable detailPath={paths.customer} />
      {creating ? (
        <CustomerFormDialog
          onClose={() => setCreating(false)}
          onCreated={(id) => void navigate(paths.customer(id))}
        />
      ) : null}
    </>
  );
}
