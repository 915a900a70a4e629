import { Typography } from 'antd';
import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { ContractsTable } from '@/features/contracts/components/contracts-table';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** The approval queue: contracts PENDING_APPROVAL in the caller's scope; approve or reject on the detail page. */
export default function ApprovalsRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.approvals')}</PageTitle>
      <Typography.Paragraph type="secondary">{t('contracts.approvalsHint')}</Typography.Paragraph>
      <ContractsTable
        detailPath={paths.contract}
        fixedStatuses={['PENDING_APPROVAL']}
        label={t('nav.approvals')}
        exportName="approvals"
      />
    </>
  );
}
