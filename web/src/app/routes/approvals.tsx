import { Flex, Typography } from 'antd';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { ContractsTable } from '@/features/contracts/components/contracts-table';
import { ShipmentsTable } from '@/features/shipments/components/shipments-table';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * The approval inbox: contracts PENDING_APPROVAL and delivery notices AWAITING_APPROVAL in the caller's scope,
 * each part shown to whoever `me` lets decide it; approve or reject on the detail page.
 */
export default function ApprovalsRoute() {
  const { t } = useI18n();
  const access = useAccess();
  const contracts = access.may('approveContract') || access.may('rejectContract');
  const notices =
    (access.may('approveDeliveryNotice') || access.may('rejectDeliveryNotice')) &&
    access.canSee('shipments');
  return (
    <>
      <PageTitle>{t('nav.approvals')}</PageTitle>
      <Flex vertical gap="large">
        {contracts ? (
          <div>
            <Typography.Paragraph type="secondary">
              {t('contracts.approvalsHint')}
            </Typography.Paragraph>
            <ContractsTable
              detailPath={paths.contract}
              fixedStatuses={['PENDING_APPROVAL']}
              label={t('nav.approvals')}
              exportName="approvals"
            />
          </div>
        ) : null}
        {notices ? (
          <section aria-labelledby="notice-approvals">
            <Typography.Title level={2} id="notice-approvals" style={{ fontSize: 18 }}>
              {t('shipments.approvalsTitle')}
            </Typography.Title>
            <Typography.Paragraph type="secondary">
              {t('shipments.approvalsHint')}
            </Typography.Paragraph>
            <ShipmentsTable
              paths={{ shipment: paths.shipment, order: paths.order, contract: paths.contract }}
              fixedStatuses={['AWAITING_APPROVAL']}
              label={t('shipments.approvalsTitle')}
              exportName="notice-approvals"
            />
          </section>
        ) : null}
      </Flex>
    </>
  );
}
