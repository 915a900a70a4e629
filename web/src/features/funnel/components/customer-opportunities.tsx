import { PlusOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { customerOpportunitiesList, useFunnelCustomerName } from '@/features/funnel/api/funnel';
import { CreateOpportunityDialog } from '@/features/funnel/components/create-opportunity-dialog';
import { OpportunitiesTable } from '@/features/funnel/components/opportunities-table';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** A customer's opportunities (商机) on its page, with "new opportunity" for those who may. */
export function CustomerOpportunities({
  customerId,
  contractPath,
}: {
  customerId: string;
  contractPath: (id: string) => string;
}) {
  const { t } = useI18n();
  const access = useAccess();
  const [creating, setCreating] = useState(false);
  const customer = useFunnelCustomerName(customerId).data;
  if (!access.canRead({ type: 'Customer', field: 'opportunities' })) return null;
  return (
    <Card
      title={t('funnel.onCustomer')}
      style={{ marginTop: 16 }}
      extra={
        access.may('createOpportunity') && customer ? (
          <Button icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('funnel.new')}
          </Button>
        ) : null
      }
    >
      <OpportunitiesTable
        {...customerOpportunitiesList(customerId)}
        label={t('funnel.onCustomer')}
        contractPath={contractPath}
      />
      {creating && customer ? (
        <CreateOpportunityDialog customer={customer} onClose={() => setCreating(false)} />
      ) : null}
    </Card>
  );
}
