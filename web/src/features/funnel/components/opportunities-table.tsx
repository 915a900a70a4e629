import { Button, Space } from 'antd';
import { useState } from 'react';
import { Link } from 'react-router';
import { dateColumn, moneyColumn, type DataColumn } from '@/components/data-table/columns';
import { CursorTable } from '@/components/data-table/cursor-table';
import { EnumTag } from '@/components/enum-tag';
import type { OpportunityRow } from '@/features/funnel/api/funnel';
import { isOpen } from '@/features/funnel/api/funnel-rules';
import { MoveOpportunityDialog } from '@/features/funnel/components/move-opportunity-dialog';
import { useAccess } from '@/lib/access/me-provider';
import type { CursorSource } from '@/lib/cursor-pages';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

interface OpportunitiesTableProps extends CursorSource<OpportunityRow> {
  label: string;
  contractPath: (id: string) => string;
  /** Links the customer's name; left out on the customer's own page. */
  customerPath?: (id: string) => string;
  toolbar?: React.ReactNode;
}

/** Opportunities with their stage, amounts and dates; open ones can be moved, won ones link their contract draft. */
export function OpportunitiesTable({
  label: tableLabel,
  contractPath,
  customerPath,
  toolbar,
  ...source
}: OpportunitiesTableProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const [moving, setMoving] = useState<OpportunityRow | null>(null);
  const columns: DataColumn<OpportunityRow>[] = [
    {
      key: 'title',
      sortField: 'title',
      title: t('funnel.fields.title'),
      render: (o) => o.title,
      csv: (o) => o.title,
    },
    ...(customerPath
      ? [
          {
            key: 'customer',
            title: t('funnel.fields.customer'),
            render: (o: OpportunityRow) =>
              o.customer ? <Link to={customerPath(o.customer.id)}>{o.customer.name}</Link> : null,
            csv: (o: OpportunityRow) => o.customer?.name,
          },
        ]
      : []),
    {
      key: 'stage',
      sortField: 'stage',
      title: t('funnel.fields.stage'),
      render: (o) => <EnumTag name="opportunityStage" value={o.stage} />,
      csv: (o) => label('opportunityStage', o.stage),
    },
    moneyColumn({
      key: 'expectedAmount',
      sortField: 'expectedAmount',
      title: t('funnel.fields.expectedAmount'),
      value: (o) => o.expectedAmount,
      locale,
    }),
    dateColumn({
      key: 'expectedCloseOn',
      sortField: 'expectedCloseOn',
      title: t('funnel.fields.expectedCloseOn'),
      value: (o) => o.expectedCloseOn,
      locale,
    }),
    {
      key: 'source',
      sortField: 'source',
      title: t('funnel.fields.source'),
      render: (o) => label('customerSource', o.source),
      csv: (o) => label('customerSource', o.source),
    },
    {
      key: 'owner',
      title: t('funnel.fields.owner'),
      render: (o) => o.owner?.name,
      csv: (o) => o.owner?.name,
    },
    {
      key: 'outcome',
      title: t('funnel.fields.outcome'),
      field: { type: 'Opportunity', field: 'lostReason' },
      render: (o) =>
        o.contract ? (
          <Link to={contractPath(o.contract.id)}>
            {t('funnel.contractLink', { number: o.contract.number })}
          </Link>
        ) : (
          o.lostReason
        ),
      csv: (o) => o.contract?.number ?? o.lostReason,
    },
    {
      key: 'actions',
      title: t('funnel.fields.actions'),
      render: (o) =>
        isOpen(o.stage) && access.may('moveOpportunity') ? (
          <Space size="small">
            <Button size="small" onClick={() => setMoving(o)}>
              {t('funnel.move')}
            </Button>
          </Space>
        ) : null,
      csv: () => '',
    },
  ];
  return (
    <>
      <CursorTable<OpportunityRow>
        {...source}
        columns={columns}
        rowKey={(o) => o.id}
        label={tableLabel}
        exportName="opportunities"
        toolbar={toolbar}
      />
      {moving ? (
        <MoveOpportunityDialog
          opportunity={moving}
          contractPath={contractPath}
          onClose={() => setMoving(null)}
        />
      ) : null}
    </>
  );
}
