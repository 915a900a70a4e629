import { RollbackOutlined } from '@ant-design/icons';
import { Button, Card } from 'antd';
import { useState } from 'react';
import { StaticTable } from '@/components/data-table/static-table';
import { EnumTag } from '@/components/enum-tag';
import { useContractShipments } from '@/features/returns/api/returns';
import { RequestReturnDialog } from '@/features/returns/components/request-return-dialog';
import { useAccess } from '@/lib/access/me-provider';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatDate } from '@/utils/format';

interface ContractShipmentsReturnsProps {
  contractId: string;
  returnPath: (id: string) => string;
  navigate: (path: string) => void;
}

/** A contract's shipments, each delivered one with the entry point of a return (退货) for those who may record it. */
export function ContractShipmentsReturns({
  contractId,
  returnPath,
  navigate,
}: ContractShipmentsReturnsProps) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  const access = useAccess();
  const query = useContractShipments(contractId);
  const [shipment, setShipment] = useState<{ id: string; noticeNumber: string } | null>(null);
  const shipments = query.data?.contract?.shipments.nodes ?? [];
  type Row = (typeof shipments)[number];
  if (!query.data?.contract) return null;
  return (
    <Card title={t('returns.shipmentsTitle')}>
      <StaticTable<Row>
        rows={shipments}
        rowKey={(s) => s.id}
        loading={query.isLoading}
        label={t('returns.shipmentsTitle')}
        exportName={`${query.data.contract.number}-shipments`}
        columns={[
          {
            key: 'noticeNumber',
            title: t('returns.fields.shipment'),
            render: (s) => s.noticeNumber,
            csv: (s) => s.noticeNumber,
          },
          {
            key: 'status',
            title: t('returns.fields.status'),
            render: (s) => <EnumTag name="shipmentStatus" value={s.status} />,
            csv: (s) => label('shipmentStatus', s.status),
          },
          {
            key: 'carrier',
            title: t('returns.fields.carrier'),
            render: (s) => s.carrier,
            csv: (s) => s.carrier,
          },
          {
            key: 'deliveredOn',
            title: t('returns.fields.deliveredOn'),
            render: (s) => (s.deliveredOn ? formatDate(s.deliveredOn, locale) : '–'),
            csv: (s) => s.deliveredOn,
          },
          {
            key: 'actions',
            title: t('receivables.actions'),
            render: (s) =>
              access.may('requestReturn') && s.status === 'DELIVERED' ? (
                <Button
                  size="small"
                  icon={<RollbackOutlined />}
                  aria-label={t('returns.requestTitle', { number: s.noticeNumber })}
                  onClick={() => setShipment({ id: s.id, noticeNumber: s.noticeNumber })}
                >
                  {t('returns.request')}
                </Button>
              ) : null,
            csv: () => null,
          },
        ]}
      />
      {shipment ? (
        <RequestReturnDialog
          shipment={shipment}
          onClose={() => setShipment(null)}
          onRequested={(id) => {
            setShipment(null);
            navigate(returnPath(id));
          }}
        />
      ) : null}
    </Card>
  );
}
