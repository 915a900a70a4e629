import { PageTitle } from '@/components/page-title';
import { SalesTrendChart } from '@/features/dashboard/components/sales-trend-chart';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function DashboardRoute() {
  const { t } = useI18n();
  // Until the KPI query exists the chart shows its empty state.
  return (
    <>
      <PageTitle>{t('nav.dashboard')}</PageTitle>
      <SalesTrendChart points={[]} />
    </>
  );
}
