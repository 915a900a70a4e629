import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { customerComplaintsList, useComplaintCustomer } from '@/features/complaints/api/complaints';
import { ComplaintsTable } from '@/features/complaints/components/complaints-table';
import { LogComplaintDialog } from '@/features/complaints/components/log-complaint-dialog';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** A customer's complaints on its page, with "log complaint" for those who may. */
export function CustomerComplaints({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const access = useAccess();
  const [logging, setLogging] = useState(false);
  const customer = useComplaintCustomer(customerId).data;
  if (!access.canRead({ type: 'Customer', field: 'complaints' })) return null;
  return (
    <Card
      title={t('complaints.onCustomer')}
      style={{ marginTop: 16 }}
      extra={
        access.may('logComplaint') && customer ? (
          <Button icon={<PlusOutlined />} onClick={() => setLogging(true)}>
            {t('complaints.log')}
          </Button>
        ) : null
      }
    >
      <ComplaintsTable {...customerComplaintsList(customerId)} label={t('complaints.onCustomer')} />
      {logging && customer ? (
        <LogComplaintDialog customer={customer} onClose={() => setLogging(false)} />
      ) : null}
    </Card>
  );
}
