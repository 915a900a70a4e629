import { DatePicker, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import type { DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import {
  changesAsText,
  auditEntriesList,
  parseChanges,
  type AuditEntryRow,
  type AuditFilters,
} from '@/features/audit/api/audit';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDateTime } from '@/utils/format';

// The kinds of object the API audits (its entity class names).
const entityTypes = [
  'Contract',
  'ContractLine',
  'Customer',
  'Invoice',
  'Payment',
  'Shipment',
  'Target',
  'Activity',
  'Staff',
  'Region',
];

function Changes({ json }: { json: string | null | undefined }) {
  const { t } = useI18n();
  const changes = parseChanges(json);
  if (!changes.length)
    return <Typography.Text type="secondary">{t('audit.noChanges')}</Typography.Text>;
  return (
    <ul style={{ margin: 0, paddingInlineStart: 16 }}>
      {changes.map((c) => (
        <li key={c.field}>
          <Typography.Text strong>{c.field}</Typography.Text>: <del>{c.old}</del> →{' '}
          <ins>{c.new}</ins>
        </li>
      ))}
    </ul>
  );
}

/** The audit log, newest first: who changed what, when, through which client, old and new values. */
export function AuditTable() {
  const { t, locale } = useI18n();
  const access = useAccess();
  const [filters, setFilters] = useState<AuditFilters>({});
  const columns: DataColumn<AuditEntryRow>[] = [
    {
      key: 'at',
      sortField: 'at',
      title: t('audit.fields.at'),
      render: (e) => (e.at ? formatDateTime(e.at, locale) : null),
      csv: (e) => e.at,
    },
    {
      key: 'actorName',
      sortField: 'actorName',
      title: t('audit.fields.actorName'),
      render: (e) => e.actorName,
      csv: (e) => e.actorName,
    },
    {
      key: 'client',
      title: t('audit.fields.client'),
      render: (e) => e.client,
      csv: (e) => e.client,
    },
    {
      key: 'action',
      sortField: 'action',
      title: t('audit.fields.action'),
      render: (e) => <code>{e.action}</code>,
      csv: (e) => e.action,
    },
    {
      key: 'entity',
      sortField: 'entityType',
      title: t('audit.fields.entity'),
      render: (e) => `${e.entityType ?? ''} #${e.entityId ?? ''}`,
      csv: (e) => `${e.entityType ?? ''} #${e.entityId ?? ''}`,
    },
    {
      key: 'changes',
      title: t('audit.fields.changes'),
      render: (e) => <Changes json={e.changes} />,
      csv: (e) => changesAsText(parseChanges(e.changes)),
    },
  ];
  return (
    <CursorTable<AuditEntryRow>
      {...auditEntriesList(access.me.username, filters)}
      columns={columns}
      rowKey={(e) => e.id ?? `${e.at}-${e.entityType}-${e.entityId}`}
      label={t('nav.audit')}
      exportName="audit-log"
      toolbar={
        <>
          <Input.Search
            allowClear
            aria-label={t('audit.filters.actor')}
            placeholder={t('audit.filters.actor')}
            onSearch={(actorName) => setFilters((f) => ({ ...f, actorName }))}
            style={{ width: 200 }}
          />
          <Select<string>
            allowClear
            aria-label={t('audit.filters.entityType')}
            placeholder={t('audit.filters.entityType')}
            value={filters.entityType}
            onChange={(entityType) => setFilters((f) => ({ ...f, entityType }))}
            options={entityTypes.map((type) => ({ value: type, label: type }))}
            style={{ width: 180 }}
          />
          <DatePicker.RangePicker
            aria-label={t('audit.filters.dates')}
            allowEmpty={[true, true]}
            placeholder={[t('audit.filters.from'), t('audit.filters.to')]}
            onChange={(range) =>
              setFilters((f) => ({
                ...f,
                fromDate: range?.[0]?.format('YYYY-MM-DD'),
                toDate: range?.[1]?.format('YYYY-MM-DD'),
              }))
            }
          />
        </>
      }
    />
  );
}
