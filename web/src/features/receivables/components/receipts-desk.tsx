import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Empty, Flex, Radio, Select, Statistic, Table, Typography } from 'antd';
import { useState } from 'react';
import { QueryState } from '@/components/query-state';
import { useCustomerDesk, useFinanceCustomers } from '@/features/receivables/api/receipts';
import { ApplyReceiptPanel } from '@/features/receivables/components/apply-receipt-panel';
import { RecordReceiptDialog } from '@/features/receivables/components/record-receipt-dialog';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatMoney } from '@/utils/format';

interface ReceiptsDeskProps {
  customerId: string | null;
  onCustomerChange: (customerId: string | null) => void;
}

/**
 * Finance's receipts desk (回款): pick a customer, record what the bank shows it paid, and apply a receipt with
 * an unapplied balance to its open invoices; what stays unapplied is money on the customer's account.
 */
export function ReceiptsDesk({ customerId, onCustomerChange }: ReceiptsDeskProps) {
  const { t, locale } = useI18n();
  const access = useAccess();
  const [search, setSearch] = useState('');
  const [recording, setRecording] = useState(false);
  const [chosenReceipt, setChosenReceipt] = useState<string | null>(null);
  const customers = useFinanceCustomers(search);
  const desk = useCustomerDesk(customerId);
  const customer = desk.data;
  const receipts = customer?.unappliedReceipts.nodes ?? [];
  const receipt = receipts.find((r) => r.id === chosenReceipt) ?? receipts[0] ?? null;
  const unapplied = receipts.reduce(
    (sum, r) => sum + Math.round(Number(r.unappliedAmount) * 100),
    0,
  );
  const money = (value: string | number) => formatMoney(value, locale);

  return (
    <Flex vertical gap="middle">
      <Flex gap="middle" align="center" wrap>
        <Select
          showSearch
          allowClear
          aria-label={t('finance.desk.customer')}
          placeholder={t('finance.desk.customerPlaceholder')}
          style={{ width: 360 }}
          filterOption={false}
          onSearch={setSearch}
          value={customerId ?? undefined}
          onChange={(value?: string) => {
            setChosenReceipt(null);
            onCustomerChange(value ?? null);
          }}
          loading={customers.isFetching}
          options={[
            ...(customer && !customers.data?.some((c) => c.id === customer.id)
              ? [{ value: customer.id, label: `${customer.code} ${customer.name}` }]
              : []),
            ...(customers.data ?? []).map((c) => ({ value: c.id, label: `${c.code} ${c.name}` })),
          ]}
        />
        {customer && access.may('recordReceipt') ? (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('finance.receipt.record')}
          </Button>
        ) : null}
      </Flex>
      {!customerId ? (
        <Empty description={t('finance.desk.pickCustomer')} />
      ) : (
        <QueryState
          isLoading={desk.isLoading}
          error={desk.error}
          onRetry={() => void desk.refetch()}
          isEmpty={!desk.isLoading && !desk.error && !customer}
        >
          {customer ? (
            <>
              <Flex gap="middle" wrap>
                <Card size="small">
                  <Statistic
                    title={t('finance.desk.openReceivables')}
                    value={money(customer.openReceivables)}
                    valueRender={() => (
                      <span data-testid="desk-open-receivables">
                        {money(customer.openReceivables)}
                      </span>
                    )}
                  />
                </Card>
                <Card size="small">
                  <Statistic
                    title={t('finance.desk.onAccount')}
                    value={money(unapplied / 100)}
                    valueRender={() => (
                      <span data-testid="desk-unapplied">{money(unapplied / 100)}</span>
                    )}
                  />
                </Card>
              </Flex>
              <section aria-labelledby="unapplied-receipts">
                <Typography.Title level={3} id="unapplied-receipts" style={{ fontSize: 16 }}>
                  {t('finance.desk.unappliedReceipts')}
                </Typography.Title>
                <Table
                  size="small"
                  rowKey="id"
                  pagination={false}
                  dataSource={receipts}
                  aria-label={t('finance.desk.unappliedReceipts')}
                  locale={{ emptyText: t('finance.desk.noUnapplied') }}
                  columns={[
                    {
                      key: 'choose',
                      width: 48,
                      render: (_, r) => (
                        <Radio
                          aria-label={t('finance.desk.choose', { number: r.number })}
                          checked={receipt?.id === r.id}
                          onChange={() => setChosenReceipt(r.id)}
                        />
                      ),
                    },
                    {
                      key: 'number',
                      title: t('finance.fields.number'),
                      render: (_, r) => r.number,
                    },
                    {
                      key: 'receivedOn',
                      title: t('payments.fields.receivedOn'),
                      render: (_, r) => formatDate(r.receivedOn, locale),
                    },
                    {
                      key: 'bankReference',
                      title: t('finance.fields.bankReference'),
                      render: (_, r) => r.bankReference ?? '–',
                    },
                    {
                      key: 'amount',
                      title: t('payments.fields.amount'),
                      align: 'right',
                      render: (_, r) => money(r.amount),
                    },
                    {
                      key: 'unapplied',
                      title: t('finance.fields.unappliedAmount'),
                      align: 'right',
                      render: (_, r) => money(r.unappliedAmount),
                    },
                  ]}
                />
              </section>
              <ApplyReceiptPanel
                receipt={access.may('applyReceipt') ? receipt : null}
                invoices={customer.receivables.nodes}
              />
              {recording ? (
                <RecordReceiptDialog
                  customer={customer}
                  onClose={() => setRecording(false)}
                  onRecorded={setChosenReceipt}
                />
              ) : null}
            </>
          ) : null}
        </QueryState>
      )}
    </Flex>
  );
}
