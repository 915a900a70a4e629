import { useMutation } from '@tanstack/react-query';
import { App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { useRefreshAfterReceipt, VoidInvoiceMutation } from '@/features/receivables/api/receipts';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface VoidInvoiceDialogProps {
  invoice: { id: string; number: string; version: number };
  onClose: () => void;
}

/** Voids an invoice nothing is paid or applied on, with a reason; the API refuses anything else. */
export function VoidInvoiceDialog({ invoice, onClose }: VoidInvoiceDialogProps) {
  const { t } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ reason: string }>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const refresh = useRefreshAfterReceipt();
  const voiding = useMutation({
    mutationFn: async (reason: string) =>
      (
        await graphqlClient.request(VoidInvoiceMutation, {
          input: { invoiceId: invoice.id, version: invoice.version, reason },
        })
      ).voidInvoice,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.invoice) return;
      void refresh();
      void message.success(t('finance.void.done', { number: result.invoice.number }));
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });
  return (
    <Modal
      open
      title={t('finance.void.title', { number: invoice.number })}
      okText={t('finance.void.submit')}
      okButtonProps={{ danger: true, loading: voiding.isPending }}
      cancelText={t('contracts.editor.cancel')}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => voiding.mutate(values.reason.trim()))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert
        problem={problem}
        style={{ marginBottom: 16 }}
        onReload={() => {
          void refresh();
          onClose();
        }}
      />
      <Form form={form} layout="vertical">
        <Form.Item
          name="reason"
          label={t('finance.void.reason')}
          rules={[{ required: true, whitespace: true, message: t('finance.void.reasonRequired') }]}
        >
          <Input.TextArea maxLength={500} rows={3} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
