import { QueryState } from '@/components/query-state';
import type { Period } from '@/features/dashboard/api/kpi-period';
import { useSubRegionKpis } from '@/features/dashboard/api/role-home';
import type { DrillRegion } from '@/features/dashboard/components/dashboard-kpis';
import { RateTable } from '@/features/dashboard/components/rate-table';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** The director's drill-down from a 大区 into its 片区 (each rep's own 片区), with their achievement. */
export function SubRegionCard({ period, region }: { period: Period; region: DrillRegion }) {
  const { t } = useI18n();
  const query = useSubRegionKpis(period, region.id);
  const rows = (query.data?.kpis ?? []).map((r) => ({
    ...r,
    id: r.subRegion?.id ?? 'none',
    name: r.subRegion?.name ?? t('dashboard.home.noSubRegion'),
  }));
  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
    >
      <RateTable
        title={t('dashboard.bySubRegionOf', { name: region.name })}
        testId="achievement-by-sub-region"
        nameTitle={t('dashboard.subRegion')}
        rows={rows}
      />
    </QueryState>
  );
}
