import { CheckOutlined } from '@ant-design/icons';
import { Button, Flex } from 'antd';
import { Link } from 'react-router';
import { dateColumn, moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { FormProblemAlert } from '@/components/form-problem-alert';
import { useRefreshAfterPayment } from '@/features/receivables/api/payment-mutations';
import {
  unconfirmedPaymentsList,
  type UnconfirmedPaymentRow,
} from '@/features/receivables/api/payments';
import { useConfirmPayment } from '@/features/receivables/components/use-confirm-payment';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** Payments waiting for finance's confirmation, oldest first; finance confirms them row by row. */
export function UnconfirmedPaymentsTable({
  contractPath,
}: {
  contractPath: (id: string) => string;
}) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const refresh = useRefreshAfterPayment();
  const confirmation = useConfirmPayment(() => undefined);
  const columns: DataColumn<UnconfirmedPaymentRow>[] = [
    {
      key: 'number',
      sortField: 'number',
      title: t('payments.fields.number'),
      render: (p) => p.number,
      csv: (p) => p.number,
    },
    {
      key: 'customer',
      title: t('contracts.fields.customer'),
      render: (p) => p.contract?.customer?.name,
      csv: (p) => p.contract?.customer?.name,
    },
    {
      key: 'contract',
      title: t('invoices.fields.contract'),
      render: (p) =>
        p.contract ? <Link to={contractPath(p.contract.id)}>{p.contract.number}</Link> : null,
      csv: (p) => p.contract?.number,
    },
    {
      key: 'invoice',
      title: t('invoices.fields.number'),
      render: (p) => p.invoice?.number ?? '–',
      csv: (p) => p.invoice?.number,
    },
    dateColumn<UnconfirmedPaymentRow>({
      key: 'receivedOn',
      sortField: 'receivedOn',
      title: t('payments.fields.receivedOn'),
      value: (p) => p.receivedOn,
      locale,
    }),
    {
      key: 'method',
      title: t('payments.fields.method'),
      render: (p) => label('paymentMethod', p.method),
      csv: (p) => label('paymentMethod', p.method),
    },
    moneyColumn<UnconfirmedPaymentRow>({
      key: 'amount',
      sortField: 'amount',
      title: t('payments.fields.amount'),
      value: (p) => p.amount,
      locale,
    }),
  ];
  if (access.may('confirmPayment')) {
    columns.push({
      key: 'actions',
      title: t('receivables.actions'),
      render: (p) => (
        <Button
          size="small"
          icon={<CheckOutlined />}
          loading={confirmation.isPending}
          aria-label={t('receivables.payment.confirmTitle', { number: p.number })}
          onClick={() => confirmation.confirm(p.id)}
        >
          {t('receivables.payment.confirm')}
        </Button>
      ),
      csv: () => null,
    });
  }
  return (
    <Flex vertical gap="small">
      <FormProblemAlert
        problem={confirmation.problem}
        onReload={() => {
          confirmation.setProblem(null);
          void refresh();
        }}
      />
      <CursorTable<UnconfirmedPaymentRow>
        {...unconfirmedPaymentsList(access.me.username)}
        columns={columns}
        rowKey={(p) => p.id}
        label={t('receivables.unconfirmed')}
        exportName="unconfirmed-payments"
        pageSize={10}
      />
    </Flex>
  );
}
