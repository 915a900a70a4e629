import { useMutation } from '@tanstack/react-query';
import { App, Button, Flex, InputNumber, Table, Typography } from 'antd';
import { useState } from 'react';
import { EnumTag } from '@/components/enum-tag';
import { FormProblemAlert } from '@/components/form-problem-alert';
import {
  allocateOldestFirst,
  applicationsOf,
  checkAllocation,
  oldestFirst,
  type Allocation,
} from '@/features/receivables/api/allocation';
import { ApplyReceiptMutation, useRefreshAfterReceipt } from '@/features/receivables/api/receipts';
import type { InvoiceStatus } from '@/gql/graphql';
import { graphqlClient } from '@/lib/api-client';
import { formErrorMessageKey, readUserErrors, type FormProblem } from '@/lib/graphql-errors';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatMoney, moneyInputFormat, type MoneyValue } from '@/utils/format';

export interface DeskInvoice {
  id: string;
  number: string;
  amount: MoneyValue;
  openAmount: MoneyValue;
  status: InvoiceStatus;
  issuedOn: string;
  dueOn: string;
  daysOverdue: number;
}

export interface DeskReceipt {
  id: string;
  number: string;
  unappliedAmount: MoneyValue;
  version: number;
}

interface ApplyReceiptPanelProps {
  receipt: DeskReceipt | null;
  invoices: readonly DeskInvoice[];
}

/**
 * The customer's open invoices with an amount of the chosen receipt against each: oldest due first by default,
 * editable; checked here (never above an invoice's open amount or the receipt's unapplied amount) and again
 * by the API, which also refuses an application that lost a race to another.
 */
export function ApplyReceiptPanel({ receipt, invoices }: ApplyReceiptPanelProps) {
  const { t, locale } = useI18n();
  const { message } = App.useApp();
  const refresh = useRefreshAfterReceipt();
  const rows = oldestFirst(invoices);
  // A new receipt (or new open amounts after an application) starts again from oldest first.
  const resetKey = [
    receipt?.id,
    receipt?.version,
    ...rows.map((i) => `${i.id}:${String(i.openAmount)}`),
  ].join(',');
  const [edited, setEdited] = useState<{ key: string; allocation: Allocation } | null>(null);
  const [shownProblem, setShownProblem] = useState<{ key: string; problem: FormProblem } | null>(
    null,
  );
  const allocation =
    edited?.key === resetKey
      ? edited.allocation
      : receipt
        ? allocateOldestFirst(rows, receipt.unappliedAmount)
        : {};
  const setAllocation = (next: Allocation) => setEdited({ key: resetKey, allocation: next });
  const problem = shownProblem?.key === resetKey ? shownProblem.problem : null;
  const setProblem = (next: FormProblem | null) =>
    setShownProblem(next ? { key: resetKey, problem: next } : null);
  const money = (value: MoneyValue) => formatMoney(value, locale);

  const check = checkAllocation(rows, allocation, receipt?.unappliedAmount ?? 0);

  const apply = useMutation({
    mutationFn: async () =>
      (
        await graphqlClient.request(ApplyReceiptMutation, {
          input: {
            receiptId: receipt?.id ?? '',
            version: receipt?.version,
            applications: applicationsOf(rows, allocation),
          },
        })
      ).applyReceipt,
    onSuccess: (result) => {
      const errors = readUserErrors(result.errors);
      if (errors.length || !result.receipt) {
        const conflict = errors.some((e) => e.code === 'CONFLICT');
        setProblem({
          messageKey: conflict
            ? 'errors.conflict'
            : errors.some((e) => e.code === 'OVER_APPLIED')
              ? 'finance.apply.overApplied'
              : 'errors.validation',
          details: errors.map((e) => e.message),
          conflict,
        });
        return;
      }
      setProblem(null);
      void refresh();
      void message.success(t('finance.apply.applied', { number: result.receipt.number }));
    },
    onError: (error) =>
      setProblem({ messageKey: formErrorMessageKey(error), details: [], conflict: false }),
  });

  return (
    <section aria-labelledby="apply-receipt">
      <Typography.Title level={3} id="apply-receipt" style={{ fontSize: 16 }}>
        {receipt
          ? t('finance.apply.title', { number: receipt.number })
          : t('finance.apply.openInvoices')}
      </Typography.Title>
      <FormProblemAlert
        problem={problem}
        style={{ marginBottom: 16 }}
        onReload={() => void refresh()}
      />
      <Table<DeskInvoice>
        size="small"
        rowKey="id"
        pagination={false}
        dataSource={rows}
        aria-label={t('finance.apply.openInvoices')}
        locale={{ emptyText: t('finance.apply.noOpenInvoices') }}
        onRow={(i) => ({ 'data-invoice': i.number }) as React.HTMLAttributes<HTMLElement>}
        columns={[
          { key: 'number', title: t('invoices.fields.number'), render: (_, i) => i.number },
          {
            key: 'dueOn',
            title: t('invoices.fields.dueOn'),
            render: (_, i) => formatDate(i.dueOn, locale),
          },
          {
            key: 'daysOverdue',
            title: t('invoices.fields.daysOverdue'),
            align: 'right',
            render: (_, i) =>
              i.daysOverdue > 0 ? t('common.days', { count: i.daysOverdue }) : '–',
          },
          {
            key: 'status',
            title: t('finance.fields.status'),
            render: (_, i) => (
              <span data-testid="invoice-status">
                <EnumTag name="invoiceStatus" value={i.status} />
              </span>
            ),
          },
          {
            key: 'openAmount',
            title: t('invoices.fields.openAmount'),
            align: 'right',
            render: (_, i) => <span data-testid="invoice-open">{money(i.openAmount)}</span>,
          },
          {
            key: 'apply',
            title: t('finance.apply.amount'),
            align: 'right',
            render: (_, i) => (
              <InputNumber<number>
                aria-label={t('finance.apply.amountFor', { number: i.number })}
                disabled={!receipt}
                min={0}
                precision={2}
                prefix="¥"
                status={check.overInvoices.includes(i.id) ? 'error' : undefined}
                value={allocation[i.id] ?? 0}
                onChange={(value) => setAllocation({ ...allocation, [i.id]: value ?? 0 })}
                style={{ width: 160 }}
                {...moneyInputFormat}
              />
            ),
          },
        ]}
      />
      {receipt ? (
        <Flex justify="flex-end" align="center" gap="middle" style={{ marginTop: 12 }} wrap>
          <span data-testid="apply-total">
            {t('finance.apply.total', { amount: money(check.total) })}
          </span>
          <span data-testid="apply-left">
            {t('finance.apply.left', { amount: money(check.left) })}
          </span>
          {check.overInvoices.length ? (
            <Typography.Text type="danger">{t('finance.apply.overInvoice')}</Typography.Text>
          ) : null}
          {check.overReceipt ? (
            <Typography.Text type="danger">{t('finance.apply.overReceipt')}</Typography.Text>
          ) : null}
          <Button onClick={() => setAllocation(allocateOldestFirst(rows, receipt.unappliedAmount))}>
            {t('finance.apply.oldestFirst')}
          </Button>
          <Button
            type="primary"
            loading={apply.isPending}
            disabled={check.empty || check.overReceipt || check.overInvoices.length > 0}
            onClick={() => apply.mutate()}
          >
            {t('finance.apply.submit')}
          </Button>
        </Flex>
      ) : null}
    </section>
  );
}
