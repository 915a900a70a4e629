import { Col, Flex, Row } from 'antd';
import { QueryState } from '@/components/query-state';
import { periodMonths, type Period } from '@/features/dashboard/api/kpi-period';
import { monthlySeries } from '@/features/dashboard/api/kpi-shaping';
import { useDashboardKpis } from '@/features/dashboard/api/kpis';
import {
  AchievementCard,
  type BreakdownRow,
} from '@/features/dashboard/components/achievement-card';
import { KpiSummary } from '@/features/dashboard/components/kpi-summary';
import { SalesTargetChart } from '@/features/dashboard/components/sales-target-chart';
import { useI18n } from '@/lib/i18n/i18n-provider';

export interface DrillRegion {
  id: string;
  name: string;
}

interface DashboardKpisProps {
  period: Period;
  /** The region drilled into; none shows the caller's whole scope by region. */
  region: DrillRegion | null;
  onDrill: (region: DrillRegion) => void;
}

/**
 * The KPIs of a period over the caller's scope (the API narrows a manager to its region, a rep to itself):
 * headline figures, sales against target by month, and achievement by region (click one to see its reps)
 * and by rep.
 */
export function DashboardKpis({ period, region, onDrill }: DashboardKpisProps) {
  const { t } = useI18n();
  const where = region ? { regionId: region.id } : undefined;
  const query = useDashboardKpis(period, where);
  const data = query.data;
  const regions: BreakdownRow[] = (data?.byRegion ?? []).flatMap((row) =>
    row.region ? [{ id: row.region.id, name: row.region.name, figures: row.figures }] : [],
  );
  const reps: BreakdownRow[] = (data?.byStaff ?? []).flatMap((row) =>
    row.staff ? [{ id: row.staff.id, name: row.staff.name, figures: row.figures }] : [],
  );
  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
    >
      <Flex vertical gap="middle">
        <KpiSummary total={data?.total ?? null} />
        <SalesTargetChart points={monthlySeries(periodMonths(period), data?.byMonth ?? [])} />
        <Row gutter={[16, 16]}>
          {region ? null : (
            <Col xs={24} xl={12}>
              <AchievementCard
                title={t('dashboard.byRegion')}
                nameTitle={t('dashboard.region')}
                rows={regions}
                exportName="achievement-by-region"
                testId="achievement-by-region"
                onPick={(row) => onDrill({ id: row.id, name: row.name })}
              />
            </Col>
          )}
          <Col xs={24} xl={region ? 24 : 12}>
            <AchievementCard
              title={region ? t('dashboard.byRepOf', { name: region.name }) : t('dashboard.byRep')}
              nameTitle={t('dashboard.rep')}
              rows={reps}
              exportName="achievement-by-rep"
              testId="achievement-by-rep"
            />
          </Col>
        </Row>
      </Flex>
    </QueryState>
  );
}
