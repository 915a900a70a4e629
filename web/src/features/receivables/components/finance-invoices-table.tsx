import { FileAddOutlined, StopOutlined } from '@ant-design/icons';
import { Button, Input, Radio } from 'antd';
import { useState } from 'react';
import { dateColumn, moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import {
  financeInvoicesList,
  type FinanceInvoice,
  type FinanceInvoiceFilters,
  type InvoiceStatusChoice,
} from '@/features/receivables/api/receipts';
import { IssueInvoiceDialog } from '@/features/receivables/components/issue-invoice-dialog';
import { VoidInvoiceDialog } from '@/features/receivables/components/void-invoice-dialog';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

const choices: InvoiceStatusChoice[] = ['UNPAID', 'OPEN', 'PARTLY_PAID', 'PAID', 'VOID', 'ALL'];

/** The invoices in the caller's scope, filtered by status and number on the server (unpaid ones by default). */
export function FinanceInvoicesTable() {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [filters, setFilters] = useState<FinanceInvoiceFilters>({ status: 'UNPAID' });
  const [voiding, setVoiding] = useState<FinanceInvoice | null>(null);
  const [issuing, setIssuing] = useState(false);

  const columns: DataColumn<FinanceInvoice>[] = [
    {
      key: 'number',
      sortField: 'number',
      title: t('invoices.fields.number'),
      render: (i) => i.number,
      csv: (i) => i.number,
    },
    {
      key: 'customer',
      title: t('contracts.fields.customer'),
      render: (i) => i.contract?.customer?.name,
      csv: (i) => i.contract?.customer?.name,
    },
    {
      key: 'status',
      sortField: 'status',
      title: t('finance.fields.status'),
      render: (i) => <EnumTag name="invoiceStatus" value={i.status} />,
      csv: (i) => label('invoiceStatus', i.status),
    },
    dateColumn<FinanceInvoice>({
      key: 'dueOn',
      sortField: 'dueOn',
      title: t('invoices.fields.dueOn'),
      value: (i) => i.dueOn,
      locale,
    }),
    {
      key: 'daysOverdue',
      title: t('invoices.fields.daysOverdue'),
      align: 'right',
      render: (i) => (i.daysOverdue > 0 ? t('common.days', { count: i.daysOverdue }) : '–'),
      csv: (i) => i.daysOverdue,
    },
    moneyColumn<FinanceInvoice>({
      key: 'amount',
      sortField: 'amount',
      title: t('invoices.fields.amount'),
      value: (i) => i.amount,
      locale,
    }),
    moneyColumn<FinanceInvoice>({
      key: 'taxAmount',
      title: t('finance.fields.taxAmount'),
      value: (i) => i.taxAmount,
      locale,
    }),
    moneyColumn<FinanceInvoice>({
      key: 'openAmount',
      sortField: 'openAmount',
      title: t('invoices.fields.openAmount'),
      value: (i) => i.openAmount,
      locale,
    }),
  ];
  if (access.may('voidInvoice')) {
    columns.push({
      key: 'actions',
      title: t('receivables.actions'),
      render: (i) =>
        i.status === 'OPEN' ? (
          <Button
            size="small"
            danger
            icon={<StopOutlined />}
            aria-label={t('finance.void.title', { number: i.number })}
            onClick={() => setVoiding(i)}
          >
            {t('finance.void.submit')}
          </Button>
        ) : null,
      csv: () => null,
    });
  }

  return (
    <>
      <CursorTable<FinanceInvoice>
        {...financeInvoicesList(access.me.username, filters)}
        columns={columns}
        rowKey={(i) => i.id}
        label={t('finance.invoices.title')}
        exportName="invoices"
        toolbar={
          <>
            {access.may('issueInvoice') ? (
              <Button type="primary" icon={<FileAddOutlined />} onClick={() => setIssuing(true)}>
                {t('finance.issue.open')}
              </Button>
            ) : null}
            <Input.Search
              allowClear
              aria-label={t('receivables.filters.number')}
              placeholder={t('receivables.filters.number')}
              onSearch={(number) => setFilters((f) => ({ ...f, number }))}
              style={{ width: 240 }}
            />
            <Radio.Group
              optionType="button"
              aria-label={t('finance.invoices.statusFilter')}
              value={filters.status}
              onChange={(e) =>
                setFilters((f) => ({ ...f, status: e.target.value as InvoiceStatusChoice }))
              }
              options={choices.map((c) => ({
                value: c,
                label:
                  c === 'UNPAID'
                    ? t('finance.invoices.unpaid')
                    : c === 'ALL'
                      ? t('finance.invoices.allStatuses')
                      : label('invoiceStatus', c),
              }))}
            />
          </>
        }
      />
      {issuing ? <IssueInvoiceDialog onClose={() => setIssuing(false)} /> : null}
      {voiding ? <VoidInvoiceDialog invoice={voiding} onClose={() => setVoiding(null)} /> : null}
    </>
  );
}
