import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal, Select } from 'antd';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  LogComplaintMutation,
  useRefreshAfterComplaint,
} from '@/features/complaints/api/complaints';
import type { ComplaintCategory, ComplaintSeverity } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDateTime } from '@/utils/format';

const complaintCategories: ComplaintCategory[] = [
  'QUALITY',
  'DELIVERY',
  'SERVICE',
  'BILLING',
  'OTHER',
];
const complaintSeverities: ComplaintSeverity[] = ['LOW', 'MEDIUM', 'HIGH', 'CRITICAL'];

interface LogComplaintForm {
  category: ComplaintCategory;
  severity: ComplaintSeverity;
  description: string;
}

interface LogComplaintDialogProps {
  customer: { id: string; name: string };
  onClose: () => void;
}

/**
 * Logs a customer's complaint as received now; the API starts its 2-hour answer timer and says when the answer is
 * due. One idempotency key per dialog, so a retried click does not log it twice.
 */
export function LogComplaintDialog({ customer, onClose }: LogComplaintDialogProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<LogComplaintForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const refresh = useRefreshAfterComplaint();
  const log = useMutation({
    mutationFn: async (values: LogComplaintForm) =>
      (
        await graphqlClient.request(LogComplaintMutation, {
          input: { customerId: customer.id, ...values, idempotencyKey },
        })
      ).logComplaint,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.complaint) return;
      void refresh();
      void message.success(
        t('complaints.logged', {
          number: result.complaint.number,
          due: formatDateTime(result.complaint.answerDueAt, locale),
        }),
      );
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return (
    <Modal
      open
      title={t('complaints.logTitle', { name: customer.name })}
      okText={t('complaints.log')}
      cancelText={t('complaints.cancel')}
      okButtonProps={{ loading: log.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => log.mutate(values))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} style={{ marginBottom: 16 }} onReload={onClose} />
      <Form<LogComplaintForm>
        form={form}
        layout="vertical"
        initialValues={{ category: 'QUALITY', severity: 'MEDIUM', description: '' }}
      >
        <Form.Item name="category" label={t('complaints.fields.category')}>
          <Select
            options={complaintCategories.map((c) => ({
              value: c,
              label: label('complaintCategory', c),
            }))}
          />
        </Form.Item>
        <Form.Item name="severity" label={t('complaints.fields.severity')}>
          <Select
            options={complaintSeverities.map((s) => ({
              value: s,
              label: label('complaintSeverity', s),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="description"
          label={t('complaints.fields.description')}
          rules={[
            { required: true, whitespace: true, message: t('complaints.required.description') },
          ]}
        >
          <Input.TextArea rows={4} maxLength={2000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
