import { PageTitle } from '@/components/page-title';
import { paths } from '@/config/paths';
import { ShipmentsTable } from '@/features/shipments/components/shipments-table';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function ShipmentsRoute() {
  const { t } = useI18n();
  return (
    <>
      <PageTitle>{t('nav.shipments')}</PageTitle>
      <ShipmentsTable
        paths={{ shipment: paths.shipment, order: paths.order, contract: paths.contract }}
      />
    </>
  );
}
