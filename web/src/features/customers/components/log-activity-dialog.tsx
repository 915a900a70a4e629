import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  LogActivityMutation,
  useRefreshActivities,
} from '@/features/customers/api/customer-mutations';
import type { ActivityKind } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface ActivityForm {
  kind: ActivityKind;
  occurredAt: Dayjs;
  subject: string;
  notes?: string;
}

const kinds: ActivityKind[] = ['VISIT', 'CALL'];

/**
 * Logs a visit or call on a customer (complaints have their own dialog); errors show beside their fields; one idempotency key per dialog.
 * Opened from a list of several customers it names the one (`customerName`) and may start on a kind (`initialKind`).
 */
export function LogActivityDialog({
  customerId,
  customerName,
  initialKind = 'VISIT',
  onClose,
}: {
  customerId: string;
  customerName?: string;
  initialKind?: ActivityKind;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<ActivityForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const refresh = useRefreshActivities();

  const log = useMutation({
    mutationFn: async (values: ActivityForm) =>
      (
        await graphqlClient.request(LogActivityMutation, {
          input: {
            customerId,
            kind: values.kind,
            occurredAt: values.occurredAt.toISOString(),
            subject: values.subject,
            notes: values.notes || undefined,
            idempotencyKey,
          },
        })
      ).logActivity,
    onSuccess: (result) => {
      const userErrors = readUserErrors(result.errors);
      // A refusal placed beside its fields is still a refusal: nothing was written.
      const placed = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        userErrors,
      );
      setProblem(placed);
      if (userErrors.length) return;
      void message.success(t('activities.logged'));
      void refresh(customerId);
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  return (
    <Modal
      open
      title={
        customerName
          ? t('activities.logTitleFor', { name: customerName })
          : t('activities.logTitle')
      }
      okText={t('activities.log')}
      cancelText={t('contracts.editor.cancel')}
      okButtonProps={{ loading: log.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((v) => log.mutate(v))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} style={{ marginBottom: 16 }} onReload={onClose} />
      <Form<ActivityForm>
        form={form}
        layout="vertical"
        initialValues={{ kind: initialKind, occurredAt: dayjs() }}
      >
        <Form.Item name="kind" label={t('activities.fields.kind')}>
          <Select options={kinds.map((k) => ({ value: k, label: label('activityKind', k) }))} />
        </Form.Item>
        <Form.Item
          name="occurredAt"
          label={t('activities.fields.occurredAt')}
          rules={[{ required: true, message: t('activities.occurredAtRequired') }]}
        >
          <DatePicker
            showTime
            style={{ width: '100%' }}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item
          name="subject"
          label={t('activities.fields.subject')}
          rules={[{ required: true, whitespace: true, message: t('activities.subjectRequired') }]}
        >
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="notes" label={t('activities.fields.notes')}>
          <Input.TextArea rows={3} maxLength={2000} showCount />
        </Form.Item>
      </Form>
    </Modal>
  );
}
