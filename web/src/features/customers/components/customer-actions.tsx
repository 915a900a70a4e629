import { EditOutlined, StopOutlined } from '@ant-design/icons';
import { useMutation } from '@tanstack/react-query';
import { App, Button, Popconfirm, Space } from 'antd';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  DeactivateCustomerMutation,
  useRefreshCustomers,
} from '@/features/customers/api/customer-mutations';
import type { CustomerFormValues } from '@/features/customers/api/customer-writes';
import { writableCustomerFields } from '@/features/customers/api/customer-writes';
import { CustomerFormDialog } from '@/features/customers/components/customer-form-dialog';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface CustomerActionsProps {
  customer: {
    id: string;
    version: number;
    status: string;
    regionCode?: string | null;
    ownerName?: string | null;
    values: CustomerFormValues;
  };
  reload: () => void;
}

/** Edit the customer file (fields as `me` allows) and mark the customer lost, for callers whose actions allow it. */
export function CustomerActions({ customer, reload }: CustomerActionsProps) {
  const { t } = useI18n();
  const access = useAccess();
  const { message } = App.useApp();
  const refresh = useRefreshCustomers();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState<FormProblem | null>(null);

  const deactivate = useMutation({
    mutationFn: async () =>
      (
        await graphqlClient.request(DeactivateCustomerMutation, {
          input: { customerId: customer.id, version: customer.version },
        })
      ).deactivateCustomer,
    onSuccess: (result) => {
      const userErrors = readUserErrors(result.errors);
      // A refusal placed beside its fields is still a refusal: nothing was written.
      const placed = applyUserErrors({ setFields: () => undefined }, userErrors);
      setProblem(placed);
      if (userErrors.length) return;
      void message.success(t('customers.actions.deactivated'));
      void refresh(customer.id);
      reload();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  const canEdit = writableCustomerFields(access).size > 0;
  return (
    <Space direction="vertical" align="end">
      <Space wrap>
        {canEdit ? (
          <Button icon={<EditOutlined />} onClick={() => setEditing(true)}>
            {t('customers.actions.edit')}
          </Button>
        ) : null}
        {access.may('deactivateCustomer') && customer.status !== 'LOST' ? (
          <Popconfirm
            title={t('customers.actions.deactivateConfirm')}
            okText={t('customers.actions.deactivate')}
            cancelText={t('contracts.editor.cancel')}
            okButtonProps={{ danger: true }}
            onConfirm={() => deactivate.mutate()}
          >
            <Button danger icon={<StopOutlined />} loading={deactivate.isPending}>
              {t('customers.actions.deactivate')}
            </Button>
          </Popconfirm>
        ) : null}
      </Space>
      <FormProblemAlert
        problem={problem}
        onReload={() => {
          setProblem(null);
          reload();
        }}
      />
      {editing ? (
        <CustomerFormDialog customer={customer} onClose={() => setEditing(false)} reload={reload} />
      ) : null}
    </Space>
  );
}
