import { useMutation } from '@tanstack/react-query';
import { App, DatePicker, Form, Input, InputNumber, Modal, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { RecordReceiptMutation, useRefreshAfterReceipt } from '@/features/receivables/api/receipts';
import type { PaymentMethod } from '@/gql/graphql';
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

interface ReceiptForm {
  amount: number;
  receivedOn: Dayjs;
  method: PaymentMethod;
  bankReference?: string;
}

const methods: PaymentMethod[] = ['BANK_TRANSFER', 'BANK_ACCEPTANCE', 'CHECK', 'CASH'];

interface RecordReceiptDialogProps {
  customer: { id: string; name: string };
  onClose: () => void;
  /** The receipt was recorded: the desk selects it to apply. */
  onRecorded: (receiptId: string) => void;
}

/** Records money a customer paid, as the bank statement shows it; nothing is applied until finance applies it. */
export function RecordReceiptDialog({ customer, onClose, onRecorded }: RecordReceiptDialogProps) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReceiptForm>();
  const [problem, setProblem] = useState<FormProblem | null>(null);
  // One key per dialog: a double click or a retry after a lost answer records the receipt once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const refresh = useRefreshAfterReceipt();

  const record = useMutation({
    mutationFn: async (values: ReceiptForm) =>
      (
        await graphqlClient.request(RecordReceiptMutation, {
          input: {
            customerId: customer.id,
            amount: values.amount,
            receivedOn: values.receivedOn.format('YYYY-MM-DD'),
            method: values.method,
            bankReference: values.bankReference?.trim() || null,
            idempotencyKey,
          },
        })
      ).recordReceipt,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.receipt) return;
      void refresh();
      void message.success(t('finance.receipt.recorded', { number: result.receipt.number }));
      onRecorded(result.receipt.id);
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  return (
    <Modal
      open
      title={t('finance.receipt.title', { customer: customer.name })}
      okText={t('finance.receipt.record')}
      cancelText={t('contracts.editor.cancel')}
      okButtonProps={{ loading: record.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => record.mutate(values))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} style={{ marginBottom: 16 }} onReload={onClose} />
      <Form<ReceiptForm>
        form={form}
        layout="vertical"
        initialValues={{ receivedOn: dayjs(), method: 'BANK_TRANSFER' }}
      >
        <Form.Item
          name="amount"
          label={t('payments.fields.amount')}
          rules={[
            { required: true, message: t('receivables.payment.amountRequired') },
            {
              validator: (_, value: number | null) =>
                value == null || value > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('finance.receipt.amountPositive'))),
            },
          ]}
        >
          <InputNumber<number>
            min={0}
            precision={2}
            style={{ width: '100%' }}
            prefix="¥"
            {...moneyInputFormat}
          />
        </Form.Item>
        <Form.Item
          name="receivedOn"
          label={t('payments.fields.receivedOn')}
          rules={[{ required: true, message: t('receivables.payment.receivedOnRequired') }]}
        >
          <DatePicker
            style={{ width: '100%' }}
            disabledDate={(day) => day.isAfter(dayjs(), 'day')}
          />
        </Form.Item>
        <Form.Item name="method" label={t('payments.fields.method')}>
          <Select<PaymentMethod>
            options={methods.map((m) => ({ value: m, label: label('paymentMethod', m) }))}
          />
        </Form.Item>
        <Form.Item
          name="bankReference"
          label={t('finance.fields.bankReference')}
          rules={[{ max: 100, message: t('finance.receipt.bankReferenceTooLong') }]}
        >
          <Input maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
