import { SalesTrendChart } from '@/features/dashboard/components/sales-trend-chart';

export default function DashboardRoute() {
  // Until the KPI query exists the chart shows its empty state.
  return <SalesTrendChart points={[]} />;
}
