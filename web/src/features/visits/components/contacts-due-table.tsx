import { PlusOutlined } from '@ant-design/icons';
import { Button, Select } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { ContactDue } from '@/components/contact-due';
import type { DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import {
  defaultWithinDays,
  presetActivityKind,
  seesTeam,
  withinDaysChoices,
  type WithinDays,
} from '@/features/visits/api/contact-rules';
import { contactsDueList, type ContactDueRow } from '@/features/visits/api/contacts-due';
import type { ActivityKind } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDateTime } from '@/utils/format';

/** The customer a "log visit / call" click is about, with the kind the dialog starts with. */
export interface ContactToLog {
  customerId: string;
  customerName: string;
  kind: ActivityKind;
}

interface ContactsDueTableProps {
  detailPath: (id: string) => string;
  /** Given when the caller may log activities: each row then offers to log its visit or call. */
  onLog?: (contact: ContactToLog) => void;
}

/** The customers due a visit or call, overdue first, up to the chosen number of days ahead. */
export function ContactsDueTable({ detailPath, onLog }: ContactsDueTableProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [withinDays, setWithinDays] = useState<WithinDays>(defaultWithinDays);

  const columns: DataColumn<ContactDueRow>[] = [
    {
      key: 'name',
      title: t('visits.fields.customer'),
      render: (c) => <Link to={detailPath(c.id)}>{c.name}</Link>,
      csv: (c) => c.name,
    },
    { key: 'code', title: t('customers.fields.code'), render: (c) => c.code, csv: (c) => c.code },
    {
      key: 'grade',
      title: t('customers.fields.grade'),
      render: (c) => <EnumTag name="customerGrade" value={c.grade} />,
      csv: (c) => label('customerGrade', c.grade),
    },
    ...(seesTeam(access.me.scope)
      ? [
          {
            key: 'owner',
            title: t('customers.fields.owner'),
            render: (c: ContactDueRow) => c.owner?.name,
            csv: (c: ContactDueRow) => c.owner?.name,
          },
        ]
      : []),
    {
      key: 'lastContactAt',
      title: t('visits.fields.lastContactAt'),
      render: (c) =>
        c.lastContactAt ? formatDateTime(c.lastContactAt, locale) : t('visits.neverContacted'),
      csv: (c) => c.lastContactAt,
    },
    {
      key: 'nextContactDueOn',
      title: t('visits.fields.nextContactDueOn'),
      render: (c) => <ContactDue dueOn={c.nextContactDueOn} overdue={c.isContactOverdue} />,
      csv: (c) => c.nextContactDueOn,
    },
  ];
  if (onLog) {
    columns.push({
      key: 'actions',
      title: t('visits.fields.actions'),
      render: (c) => (
        <Button
          size="small"
          icon={<PlusOutlined />}
          aria-label={t('visits.logFor', { name: c.name })}
          onClick={() =>
            onLog({ customerId: c.id, customerName: c.name, kind: presetActivityKind(c.grade) })
          }
        >
          {t('visits.log')}
        </Button>
      ),
      csv: () => null,
    });
  }

  return (
    <CursorTable<ContactDueRow>
      {...contactsDueList(access, withinDays)}
      toolbar={
        <Select<WithinDays>
          aria-label={t('visits.withinDays')}
          value={withinDays}
          onChange={setWithinDays}
          style={{ minWidth: 200 }}
          options={withinDaysChoices.map((days) => ({
            value: days,
            label: days === 0 ? t('visits.dueToday') : t('visits.dueWithin', { count: days }),
          }))}
        />
      }
      columns={columns}
      rowKey={(c) => c.id}
      label={t('visits.dueList')}
      exportName={`contacts-due-${withinDays}d`}
    />
  );
}
