import { Input, Select } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import type { DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import {
  contractsList,
  type ContractFilters,
  type ContractRow,
} from '@/features/contracts/api/contracts';
import { useWaitingText } from '@/features/contracts/components/use-approval-status';
import type { ContractStatus } from '@/gql/graphql';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate, formatMoney, formatPercent } from '@/utils/format';

function useContractColumns(detailPath: (id: string) => string): DataColumn<ContractRow>[] {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  return [
    {
      key: 'number',
      sortField: 'number',
      title: t('contracts.fields.number'),
      render: (c) => <Link to={detailPath(c.id)}>{c.number}</Link>,
      csv: (c) => c.number,
    },
    {
      key: 'customer',
      title: t('contracts.fields.customer'),
      render: (c) => c.customer?.name,
      csv: (c) => c.customer?.name,
    },
    {
      key: 'status',
      sortField: 'status',
      title: t('contracts.fields.status'),
      render: (c) => <EnumTag name="contractStatus" value={c.status} />,
      csv: (c) => label('contractStatus', c.status),
    },
    {
      key: 'signedOn',
      sortField: 'signedOn',
      title: t('contracts.fields.signedOn'),
      render: (c) => (c.signedOn ? formatDate(c.signedOn, locale) : null),
      csv: (c) => c.signedOn,
    },
    {
      key: 'owner',
      title: t('contracts.fields.owner'),
      render: (c) => c.owner?.name,
      csv: (c) => c.owner?.name,
    },
    {
      key: 'region',
      title: t('contracts.fields.region'),
      render: (c) => c.region?.name,
      csv: (c) => c.region?.name,
    },
    {
      key: 'listTotal',
      sortField: 'listTotal',
      title: t('contracts.fields.listTotal'),
      align: 'right',
      render: (c) => formatMoney(c.listTotal, locale),
      csv: (c) => Number(c.listTotal),
    },
    {
      key: 'agreedTotal',
      sortField: 'agreedTotal',
      title: t('contracts.fields.agreedTotal'),
      align: 'right',
      render: (c) => formatMoney(c.agreedTotal, locale),
      csv: (c) => Number(c.agreedTotal),
    },
    {
      key: 'discountAmount',
      sortField: 'discountAmount',
      title: t('contracts.fields.discountAmount'),
      align: 'right',
      render: (c) =>
        `${formatMoney(c.discountAmount, locale)} (${formatPercent(c.discountRate, locale)})`,
      csv: (c) => Number(c.discountAmount),
    },
    {
      key: 'grossMargin',
      title: t('contracts.fields.grossMargin'),
      field: { type: 'Contract', field: 'grossMargin' },
      align: 'right',
      render: (c) => (c.grossMargin == null ? null : formatPercent(c.grossMargin, locale)),
      csv: (c) => (c.grossMargin == null ? null : Number(c.grossMargin)),
    },
  ];
}

const allStatuses: ContractStatus[] = [
  'DRAFT',
  'PENDING_APPROVAL',
  'APPROVED',
  'ACTIVE',
  'COMPLETED',
  'REJECTED',
  'TERMINATED',
];

interface ContractsTableProps {
  detailPath: (id: string) => string;
  /** Shows only contracts in these statuses, without a status picker (the approval queue). */
  fixedStatuses?: ContractStatus[];
  label?: string;
  exportName?: string;
}

/** The approval queue's own columns: the level each contract needs, the rule behind it, and who it waits for. */
function useApprovalColumns(): DataColumn<ContractRow>[] {
  const { t } = useI18n();
  const label = useEnumLabel();
  const waiting = useWaitingText();
  const status = (c: ContractRow) => c.approvalState;
  const rule = (c: ContractRow) =>
    (status(c)?.rules ?? []).map((r) => label('approvalRule', r)).join(', ');
  return [
    {
      key: 'approvalLevel',
      title: t('contracts.approval.level'),
      render: (c) => label('approvalLevel', status(c)?.level),
      csv: (c) => label('approvalLevel', status(c)?.level),
    },
    { key: 'approvalRule', title: t('contracts.approval.rule'), render: rule, csv: rule },
    {
      key: 'waitingFor',
      title: t('contracts.approval.waitingFor'),
      render: (c) => waiting(status(c)),
      csv: (c) => waiting(status(c)),
    },
  ];
}

export function ContractsTable({
  detailPath,
  fixedStatuses,
  label: tableLabel,
  exportName,
}: ContractsTableProps) {
  const { t } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [filters, setFilters] = useState<ContractFilters>({});
  const columns = useContractColumns(detailPath);
  const approvalColumns = useApprovalColumns();
  const effective = fixedStatuses ? { ...filters, statuses: fixedStatuses } : filters;
  return (
    <CursorTable<ContractRow>
      {...contractsList(access, effective, !!fixedStatuses)}
      columns={
        fixedStatuses
          ? [...columns, ...approvalColumns]
          : [...columns, ...approvalColumns.filter((c) => c.key === 'waitingFor')]
      }
      rowKey={(c) => c.id}
      label={tableLabel ?? t('nav.contracts')}
      exportName={exportName ?? 'contracts'}
      toolbar={
        <>
          <Input.Search
            allowClear
            aria-label={t('contracts.filters.number')}
            placeholder={t('contracts.filters.number')}
            onSearch={(number) => setFilters((f) => ({ ...f, number }))}
            style={{ width: 240 }}
          />
          {fixedStatuses ? null : (
            <Select<ContractStatus[]>
              mode="multiple"
              allowClear
              aria-label={t('contracts.fields.status')}
              placeholder={t('contracts.fields.status')}
              style={{ minWidth: 200 }}
              value={filters.statuses ?? []}
              onChange={(statuses) => setFilters((f) => ({ ...f, statuses }))}
              options={allStatuses.map((v) => ({ value: v, label: label('contractStatus', v) }))}
            />
          )}
        </>
      }
    />
  );
}
