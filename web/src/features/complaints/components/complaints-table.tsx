import { Button, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import { complaintSteps, type ComplaintStep } from '@/features/complaints/api/complaint-steps';
import type { ComplaintRow } from '@/features/complaints/api/complaints';
import { ComplaintStepDialog } from '@/features/complaints/components/complaint-step-dialog';
import { ComplaintTimerTag } from '@/features/complaints/components/complaint-timer-tag';
import { useAccess } from '@/lib/access/me-provider';
import type { CursorSource } from '@/lib/cursor-pages';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDateTime } from '@/utils/format';

interface ComplaintsTableProps extends CursorSource<ComplaintRow> {
  label: string;
  /** Links the customer's name; left out on the customer's own page. */
  customerPath?: (id: string) => string;
}

/** Complaints with their answer timer and the steps the caller may take on each. */
export function ComplaintsTable({
  label: tableLabel,
  customerPath,
  ...source
}: ComplaintsTableProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [stepping, setStepping] = useState<{ row: ComplaintRow; step: ComplaintStep } | null>(null);
  const columns: DataColumn<ComplaintRow>[] = [
    {
      key: 'number',
      sortField: 'number',
      title: t('complaints.fields.number'),
      render: (c) => c.number,
      csv: (c) => c.number,
    },
    ...(customerPath
      ? [
          {
            key: 'customer',
            title: t('complaints.fields.customer'),
            render: (c: ComplaintRow) =>
              c.customer ? <Link to={customerPath(c.customer.id)}>{c.customer.name}</Link> : null,
            csv: (c: ComplaintRow) => c.customer?.name,
          },
        ]
      : []),
    {
      key: 'category',
      title: t('complaints.fields.category'),
      render: (c) => label('complaintCategory', c.category),
      csv: (c) => label('complaintCategory', c.category),
    },
    {
      key: 'severity',
      sortField: 'severity',
      title: t('complaints.fields.severity'),
      render: (c) => <EnumTag name="complaintSeverity" value={c.severity} />,
      csv: (c) => label('complaintSeverity', c.severity),
    },
    {
      key: 'description',
      title: t('complaints.fields.description'),
      field: { type: 'Complaint', field: 'description' },
      render: (c) => c.description,
      csv: (c) => c.description,
    },
    {
      key: 'receivedAt',
      sortField: 'receivedAt',
      title: t('complaints.fields.receivedAt'),
      render: (c) => formatDateTime(c.receivedAt, locale),
      csv: (c) => c.receivedAt,
    },
    {
      key: 'timer',
      sortField: 'answerDueAt',
      title: t('complaints.fields.timer'),
      render: (c) => <ComplaintTimerTag complaint={c} />,
      csv: (c) => (c.answeredAt ? c.answeredAt : c.answerDueAt),
    },
    {
      key: 'status',
      sortField: 'status',
      title: t('complaints.fields.status'),
      render: (c) => <EnumTag name="complaintStatus" value={c.status} />,
      csv: (c) => label('complaintStatus', c.status),
    },
    {
      key: 'owner',
      title: t('complaints.fields.owner'),
      render: (c) => c.owner?.name,
      csv: (c) => c.owner?.name,
    },
    {
      key: 'actions',
      title: t('complaints.fields.actions'),
      render: (c) => (
        <Space size="small">
          {complaintSteps(c.status, (action) => access.may(action)).map((step) => (
            <Button key={step} size="small" onClick={() => setStepping({ row: c, step })}>
              {t(`complaints.${step}`)}
            </Button>
          ))}
        </Space>
      ),
      csv: () => '',
    },
  ];
  return (
    <>
      <CursorTable<ComplaintRow>
        {...source}
        columns={columns}
        rowKey={(c) => c.id}
        label={tableLabel}
        exportName="complaints"
      />
      {stepping ? (
        <ComplaintStepDialog
          complaint={stepping.row}
          step={stepping.step}
          onClose={() => setStepping(null)}
        />
      ) : null}
    </>
  );
}
