import { useMutation } from '@tanstack/react-query';
import {
  Alert,
  App,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Modal,
  Select,
  Table,
  Typography,
} from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { EnumTag } from '@/components/enum-tag';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  invoiceableTotal,
  IssueInvoiceMutation,
  useContractBilling,
  useInvoiceableContracts,
} from '@/features/receivables/api/invoicing';
import { useRefreshAfterReceipt } from '@/features/receivables/api/receipts';
import { graphqlClient } from '@/lib/api-client';
import {
  applyUserErrors,
  formErrorMessageKey,
  readUserErrors,
  type FormProblem,
} from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatMoney, moneyInputFormat } from '@/utils/format';

interface IssueForm {
  amount: number;
  issuedOn: Dayjs;
  taxRate: number;
  buyerTaxNumber?: string;
}

const taxRates = [0.13, 0.09, 0.06, 0.03, 0.01, 0];

/**
 * Finance issues an invoice against an ACTIVE contract: against the delivered shipments it picks (the amount defaults
 * to what they leave to invoice), or, with none picked, against the contract as a whole (service contracts, prepayment).
 */
export function IssueInvoiceDialog({ onClose }: { onClose: () => void }) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const [form] = Form.useForm<IssueForm>();
  const [search, setSearch] = useState('');
  const [contractId, setContractId] = useState<string | null>(null);
  const [chosen, setChosen] = useState<string[]>([]);
  const [problem, setProblem] = useState<FormProblem | null>(null);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const contracts = useInvoiceableContracts(search);
  const billing = useContractBilling(contractId);
  const refresh = useRefreshAfterReceipt();
  const contract = billing.data ?? null;
  const invoiceable = contract
    ? invoiceableTotal(contract.delivered, chosen, contract.remaining)
    : 0;

  const choose = (ids: string[]) => {
    setChosen(ids);
    if (contract)
      form.setFieldValue(
        'amount',
        ids.length ? invoiceableTotal(contract.delivered, ids, contract.remaining) : null,
      );
  };

  const issue = useMutation({
    mutationFn: async (values: IssueForm) =>
      (
        await graphqlClient.request(IssueInvoiceMutation, {
          input: {
            contractId: contractId ?? '',
            amount: values.amount,
            shipmentIds: chosen.length ? chosen : null,
            issuedOn: values.issuedOn.format('YYYY-MM-DD'),
            taxRate: values.taxRate,
            buyerTaxNumber: values.buyerTaxNumber?.trim() || null,
            idempotencyKey,
          },
        })
      ).issueInvoice,
    onSuccess: (result) => {
      const found = applyUserErrors(
        { setFields: (fields) => form.setFields(fields as Parameters<typeof form.setFields>[0]) },
        readUserErrors(result.errors),
      );
      setProblem(found);
      if (found || !result.invoice) return;
      void refresh();
      void message.success(t('finance.issue.done', { number: result.invoice.number }));
      onClose();
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  return (
    <Modal
      open
      width={760}
      title={t('finance.issue.title')}
      okText={t('finance.issue.submit')}
      cancelText={t('contracts.editor.cancel')}
      okButtonProps={{ loading: issue.isPending, disabled: !contract }}
      onCancel={onClose}
      onOk={() =>
        void form
          .validateFields()
          .then((values) => issue.mutate(values))
          .catch(() => undefined)
      }
      destroyOnHidden
    >
      <FormProblemAlert problem={problem} style={{ marginBottom: 16 }} onReload={onClose} />
      <Form<IssueForm>
        form={form}
        layout="vertical"
        initialValues={{ issuedOn: dayjs(), taxRate: 0.13 }}
      >
        <Form.Item label={t('finance.issue.contract')} required>
          <Select
            showSearch
            allowClear
            aria-label={t('finance.issue.contract')}
            placeholder={t('finance.issue.contractPlaceholder')}
            filterOption={false}
            onSearch={setSearch}
            value={contractId ?? undefined}
            onChange={(id?: string) => {
              setContractId(id ?? null);
              setChosen([]);
              form.setFieldValue('amount', null);
            }}
            loading={contracts.isLoading}
            options={(contracts.data ?? []).map((c) => ({
              value: c.id,
              label: `${c.number} · ${c.customer?.name ?? ''}`,
            }))}
          />
        </Form.Item>
        {contract ? (
          <>
            <Typography.Paragraph>
              {t('finance.issue.contractLeft', {
                amount: formatMoney(contract.remaining, locale),
                total: formatMoney(contract.agreedTotal, locale),
              })}
            </Typography.Paragraph>
            {contract.delivered.length ? (
              <Table
                size="small"
                rowKey="id"
                pagination={false}
                style={{ marginBottom: 16 }}
                aria-label={t('finance.issue.shipments')}
                dataSource={contract.delivered}
                rowSelection={{
                  selectedRowKeys: chosen,
                  onChange: (keys) => choose(keys.map(String)),
                  getCheckboxProps: (s) => ({
                    disabled: Number(s.invoiceableAmount) <= 0,
                    'aria-label': t('finance.issue.pick', { number: s.noticeNumber }),
                  }),
                }}
                columns={[
                  {
                    key: 'notice',
                    title: t('finance.issue.notice'),
                    render: (_, s) => s.noticeNumber,
                  },
                  {
                    key: 'status',
                    title: t('finance.fields.status'),
                    render: (_, s) => <EnumTag name="shipmentStatus" value={s.status} />,
                  },
                  {
                    key: 'deliveredOn',
                    title: t('finance.issue.deliveredOn'),
                    render: (_, s) => (s.deliveredOn ? formatDate(s.deliveredOn, locale) : '–'),
                  },
                  {
                    key: 'amount',
                    title: t('finance.issue.value'),
                    align: 'right',
                    render: (_, s) => formatMoney(s.amount, locale),
                  },
                  {
                    key: 'invoiced',
                    title: t('finance.issue.invoiced'),
                    align: 'right',
                    render: (_, s) => formatMoney(s.invoicedAmount, locale),
                  },
                  {
                    key: 'invoiceable',
                    title: t('finance.issue.invoiceable'),
                    align: 'right',
                    render: (_, s) => formatMoney(s.invoiceableAmount, locale),
                  },
                ]}
              />
            ) : (
              <Alert
                type="info"
                showIcon
                style={{ marginBottom: 16 }}
                message={t('finance.issue.noShipments')}
              />
            )}
            {chosen.length ? (
              <Typography.Paragraph strong data-testid="invoiceable-total">
                {t('finance.issue.invoiceableTotal', { amount: formatMoney(invoiceable, locale) })}
              </Typography.Paragraph>
            ) : null}
          </>
        ) : null}
        <Form.Item
          name="amount"
          label={t('invoices.fields.amount')}
          rules={[
            { required: true, message: t('receivables.payment.amountRequired') },
            {
              validator: (_, value: number | null) =>
                value == null || value > 0
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('finance.receipt.amountPositive'))),
            },
            {
              validator: (_, value: number | null) =>
                value == null || !chosen.length || value <= invoiceable
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('finance.issue.overInvoiceable'))),
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
        <Form.Item name="taxRate" label={t('finance.issue.taxRate')}>
          <Select<number>
            options={taxRates.map((r) => ({ value: r, label: `${Math.round(r * 100)}%` }))}
          />
        </Form.Item>
        <Form.Item name="buyerTaxNumber" label={t('finance.issue.buyerTaxNumber')}>
          <Input maxLength={20} />
        </Form.Item>
        <Form.Item name="issuedOn" label={t('finance.issue.issuedOn')} rules={[{ required: true }]}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
