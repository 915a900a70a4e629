import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  CreateOpportunityMutation,
  useFunnelCustomers,
  useRefreshAfterOpportunity,
} from '@/features/funnel/api/funnel';
import type { CustomerSource } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { moneyInputFormat } from '@/utils/format';

const sources: CustomerSource[] = ['EXHIBITION', 'REFERRAL', 'COLD_VISIT', 'ONLINE', 'AGENT'];

interface CreateForm {
  customerId: string;
  title: string;
  expectedAmount: number;
  expectedCloseOn: Dayjs;
  source?: CustomerSource;
}

interface CreateOpportunityDialogProps {
  /** The customer, when opened from its page; otherwise the dialog offers a search. */
  customer?: { id: string; name: string };
  onClose: () => void;
}

/**
 * Opens an opportunity (商机) at LEAD on a customer in the caller's scope; the API makes the customer's rep its owner
 * and takes the customer's source unless another is chosen. One idempotency key per dialog.
 */
export function CreateOpportunityDialog({ customer, onClose }: CreateOpportunityDialogProps) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<CreateForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [search, setSearch] = useState('');
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const customers = useFunnelCustomers(search);
  const refresh = useRefreshAfterOpportunity();
  const create = useMutation({
    mutationFn: async (values: CreateForm) =>
      (
        await graphqlClient.request(CreateOpportunityMutation, {
          input: {
            customerId: customer?.id ?? values.customerId,
            title: values.title,
            expectedAmount: values.expectedAmount,
            expectedCloseOn: values.expectedCloseOn.format('YYYY-MM-DD'),
            source: values.source ?? null,
            idempotencyKey,
          },
        })
      ).createOpportunity,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.opportunity) return;
      void refresh();
      void message.success(t('funnel.created', { title: result.opportunity.title }));
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return (
    <Modal
      open
      title={
        customer ? t('funnel.createTitleFor', { name: customer.name }) : t('funnel.createTitle')
      }
      okText={t('funnel.create')}
      cancelText={t('funnel.cancel')}
      okButtonProps={{ loading: create.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => create.mutate(values))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} style={{ marginBottom: 16 }} onReload={onClose} />
      <Form<CreateForm>
        form={form}
        layout="vertical"
        initialValues={{ expectedCloseOn: dayjs().add(30, 'day') }}
      >
        {customer ? null : (
          <Form.Item
            name="customerId"
            label={t('funnel.fields.customer')}
            rules={[{ required: true, message: t('funnel.required.customer') }]}
          >
            <Select
              showSearch={{ filterOption: false, onSearch: setSearch }}
              loading={customers.isFetching}
              options={(customers.data ?? []).map((c) => ({ value: c.id, label: c.name }))}
              notFoundContent={t('funnel.noCustomer')}
            />
          </Form.Item>
        )}
        <Form.Item
          name="title"
          label={t('funnel.fields.title')}
          rules={[{ required: true, whitespace: true, message: t('funnel.required.title') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item
          name="expectedAmount"
          label={t('funnel.fields.expectedAmount')}
          rules={[{ required: true, message: t('funnel.required.expectedAmount') }]}
        >
          <InputNumber min={0.01} precision={2} style={{ width: '100%' }} {...moneyInputFormat} />
        </Form.Item>
        <Form.Item
          name="expectedCloseOn"
          label={t('funnel.fields.expectedCloseOn')}
          rules={[{ required: true, message: t('funnel.required.expectedCloseOn') }]}
        >
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
        <Form.Item name="source" label={t('funnel.fields.source')} extra={t('funnel.sourceHint')}>
          <Select
            allowClear
            options={sources.map((s) => ({ value: s, label: label('customerSource', s) }))}
          />
        </Form.Item>
      </Form>
    </Modal>
  );
}
