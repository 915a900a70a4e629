import type { ResultOf } from '@graphql-typed-document-node/core';
import { useMutation } from '@tanstack/react-query';
import {
  App,
  Button,
  DatePicker,
  Descriptions,
  Form,
  InputNumber,
  Modal,
  Result,
  Select,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { FormProblemAlert } from '@/components/form-problem-alert';
import type { InvoiceRow } from '@/features/receivables/api/invoices';
import {
  RecordPaymentMutation,
  useRefreshAfterPayment,
} from '@/features/receivables/api/payment-mutations';
import { useConfirmPayment } from '@/features/receivables/components/use-confirm-payment';
import type { PaymentMethod } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatMoney, moneyInputFormat } from '@/utils/format';

interface PaymentForm {
  amount: number;
  receivedOn: Dayjs;
  method: PaymentMethod;
}

type RecordedPayment = NonNullable<
  ResultOf<typeof RecordPaymentMutation>['recordPayment']['payment']
>;

const methods: PaymentMethod[] = ['BANK_TRANSFER', 'BANK_ACCEPTANCE', 'CHECK', 'CASH'];

interface RecordPaymentDialogProps {
  invoice: InvoiceRow;
  onClose: () => void;
}

/**
 * Records a payment received against an open invoice, then (for finance) confirms it: a payment counts
 * against the invoice only once finance has confirmed it. Input errors appear beside their fields; a
 * CONFLICT offers to reload the list.
 */
export function RecordPaymentDialog({ invoice, onClose }: RecordPaymentDialogProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const { message } = App.useApp();
  const [form] = Form.useForm<PaymentForm>();
  const [recordProblem, setRecordProblem] = useState<FormProblem | null>(null);
  const [recorded, setRecorded] = useState<RecordedPayment | null>(null);
  const confirmation = useConfirmPayment(onClose);
  const problem = recorded ? confirmation.problem : recordProblem;
  // One key per dialog: a double click or a retry after a lost answer records the payment once.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const money = (value: InvoiceRow['amount']) => formatMoney(value, locale);

  const refresh = useRefreshAfterPayment();

  const record = useMutation({
    mutationFn: async (values: PaymentForm) =>
      (
        await graphqlClient.request(RecordPaymentMutation, {
          input: {
            contractId: invoice.contract?.id ?? '',
            invoiceId: invoice.id,
            amount: values.amount,
            receivedOn: values.receivedOn.format('YYYY-MM-DD'),
            method: values.method,
            idempotencyKey,
          },
        })
      ).recordPayment,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setRecordProblem(found);
      if (found || !result.payment) return;
      void refresh();
      if (!result.payment.confirmedAt && access.may('confirmPayment')) {
        setRecorded(result.payment);
        return;
      }
      void message.success(t('receivables.payment.recorded', { number: result.payment.number }));
      onClose();
    },
    onError: (error) =>
      setRecordProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  const problemAlert = (
    <FormProblemAlert
      problem={problem}
      style={{ marginBottom: 16 }}
      onReload={() => {
        void refresh();
        onClose();
      }}
    />
  );

  if (recorded) {
    return (
      <Modal
        open
        title={t('receivables.payment.confirmTitle', { number: recorded.number })}
        onCancel={onClose}
        footer={[
          <Button key="later" onClick={onClose}>
            {t('receivables.payment.later')}
          </Button>,
          <Button
            key="confirm"
            type="primary"
            loading={confirmation.isPending}
            onClick={() => confirmation.confirm(recorded.id)}
          >
            {t('receivables.payment.confirm')}
          </Button>,
        ]}
      >
        {problemAlert}
        <Result
          status="success"
          title={t('receivables.payment.recorded', { number: recorded.number })}
          subTitle={t('receivables.payment.confirmHint')}
        />
      </Modal>
    );
  }

  return (
    <Modal
      open
      title={t('receivables.payment.title', { number: invoice.number })}
      okText={t('receivables.payment.record')}
      cancelText={t('contracts.editor.cancel')}
      okButtonProps={{ loading: record.isPending }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => record.mutate(values))
          // The form shows what is wrong beside each field.
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      {problemAlert}
      <Descriptions
        size="small"
        column={1}
        style={{ marginBottom: 16 }}
        items={[
          {
            key: 'customer',
            label: t('contracts.fields.customer'),
            children: invoice.contract?.customer?.name,
          },
          {
            key: 'contract',
            label: t('invoices.fields.contract'),
            children: invoice.contract?.number,
          },
          { key: 'amount', label: t('invoices.fields.amount'), children: money(invoice.amount) },
          {
            key: 'open',
            label: t('invoices.fields.openAmount'),
            children: money(invoice.openAmount),
          },
          {
            key: 'due',
            label: t('invoices.fields.dueOn'),
            children: formatDate(invoice.dueOn, locale),
          },
        ]}
      />
      <Form<PaymentForm>
        form={form}
        layout="vertical"
        initialValues={{
          amount: Number(invoice.openAmount),
          receivedOn: dayjs(),
          method: 'BANK_TRANSFER',
        }}
      >
        <Form.Item
          name="amount"
          label={t('payments.fields.amount')}
          rules={[
            { required: true, message: t('receivables.payment.amountRequired') },
            {
              validator: (_, value: number | null) =>
                value == null || (value > 0 && value <= Number(invoice.openAmount))
                  ? Promise.resolve()
                  : Promise.reject(
                      new Error(
                        t('receivables.payment.amountRange', { open: money(invoice.openAmount) }),
                      ),
                    ),
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
          rules={[
            { required: true, message: t('receivables.payment.receivedOnRequired') },
            {
              validator: (_, value: Dayjs | null) =>
                !value || !value.isAfter(dayjs(), 'day')
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('receivables.payment.notInFuture'))),
            },
          ]}
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
      </Form>
    </Modal>
  );
}
