import { DollarOutlined } from '@ant-design/icons';
import { Button, Input, Select, Tag } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { dateColumn, moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { tagColors } from '@/components/tag-colors';
import { overdueBuckets } from '@/features/receivables/api/aging';
import {
  invoicesList,
  type InvoiceAge,
  type InvoiceFilters,
  type InvoiceRow,
} from '@/features/receivables/api/invoices';
import { RecordPaymentDialog } from '@/features/receivables/components/record-payment-dialog';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { toDateOnly } from '@/utils/format';

interface InvoicesTableProps {
  contractPath: (id: string) => string;
}

/** Open invoices, overdue first by default, paged, filtered and sorted on the server; a payment per row. */
export function InvoicesTable({ contractPath }: InvoicesTableProps) {
  const { t, locale } = useI18n();
  const access = useAccess();
  const [filters, setFilters] = useState<InvoiceFilters>({ age: 'overdue' });
  const [paying, setPaying] = useState<InvoiceRow | null>(null);
  const today = toDateOnly(new Date());

  const columns: DataColumn<InvoiceRow>[] = [
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
      key: 'contract',
      title: t('invoices.fields.contract'),
      render: (i) =>
        i.contract ? <Link to={contractPath(i.contract.id)}>{i.contract.number}</Link> : null,
      csv: (i) => i.contract?.number,
    },
    {
      key: 'owner',
      title: t('contracts.fields.owner'),
      render: (i) => i.contract?.owner?.name,
      csv: (i) => i.contract?.owner?.name,
    },
    dateColumn<InvoiceRow>({
      key: 'issuedOn',
      sortField: 'issuedOn',
      title: t('invoices.fields.issuedOn'),
      value: (i) => i.issuedOn,
      locale,
    }),
    dateColumn<InvoiceRow>({
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
      render: (i) =>
        i.daysOverdue > 0 ? (
          <Tag
            color={
              i.daysOverdue > 90
                ? tagColors.red
                : i.daysOverdue > 30
                  ? tagColors.orange
                  : tagColors.gold
            }
          >
            {t('common.days', { count: i.daysOverdue })}
          </Tag>
        ) : (
          '–'
        ),
      csv: (i) => i.daysOverdue,
    },
    moneyColumn<InvoiceRow>({
      key: 'amount',
      sortField: 'amount',
      title: t('invoices.fields.amount'),
      value: (i) => i.amount,
      locale,
    }),
    moneyColumn<InvoiceRow>({
      key: 'openAmount',
      title: t('invoices.fields.openAmount'),
      value: (i) => i.openAmount,
      locale,
    }),
  ];
  if (access.may('recordPayment')) {
    columns.push({
      key: 'actions',
      title: t('receivables.actions'),
      render: (i) => (
        <Button
          size="small"
          icon={<DollarOutlined />}
          aria-label={t('receivables.payment.recordFor', { number: i.number })}
          onClick={() => setPaying(i)}
        >
          {t('receivables.payment.record')}
        </Button>
      ),
      csv: () => null,
    });
  }

  const ages: InvoiceAge[] = ['overdue', ...overdueBuckets, 'open'];
  return (
    <>
      <CursorTable<InvoiceRow>
        {...invoicesList(access.me.username, filters, today)}
        columns={columns}
        rowKey={(i) => i.id}
        label={t('receivables.invoices')}
        exportName="open-invoices"
        toolbar={
          <>
            <Input.Search
              allowClear
              aria-label={t('receivables.filters.number')}
              placeholder={t('receivables.filters.number')}
              onSearch={(number) => setFilters((f) => ({ ...f, number }))}
              style={{ width: 240 }}
            />
            <Select<InvoiceAge>
              aria-label={t('receivables.filters.age')}
              value={filters.age}
              onChange={(age) => setFilters((f) => ({ ...f, age }))}
              options={ages.map((age) => ({ value: age, label: t(`receivables.ages.${age}`) }))}
              style={{ width: 180 }}
            />
          </>
        }
      />
      {paying ? <RecordPaymentDialog invoice={paying} onClose={() => setPaying(null)} /> : null}
    </>
  );
}
