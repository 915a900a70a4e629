import { Breadcrumb, Button, Col, Flex } from 'antd';
import { useState } from 'react';
import { PageTitle } from '@/components/page-title';
import { WorkQueuesPanel } from '@/components/work-queues';
import { paths } from '@/config/paths';
import { ComplaintTimerTag } from '@/features/complaints/components/complaint-timer-tag';
import { currentPeriod, describePeriod, type Period } from '@/features/dashboard/api/kpi-period';
import { DashboardKpis, type DrillRegion } from '@/features/dashboard/components/dashboard-kpis';
import type { RenderTimer } from '@/features/dashboard/components/open-complaints';
import { PeriodPicker } from '@/features/dashboard/components/period-picker';
import { RepHome } from '@/features/dashboard/components/rep-home';
import { SubRegionCard } from '@/features/dashboard/components/sub-region-card';
import { TeamHome } from '@/features/dashboard/components/team-home';
import { PipelineReview } from '@/features/funnel/components/pipeline-review';
import { useOrderQueues } from '@/features/orders/components/use-order-queues';
import { AgingCard } from '@/features/receivables/components/aging-card';
import { useShipmentQueues } from '@/features/shipments/components/use-shipment-queues';
import { ContactComplianceTable } from '@/features/visits/components/contact-compliance-table';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';

export default function DashboardRoute() {
  const { t, locale } = useI18n();
  const access = useAccess();
  const [period, setPeriod] = useState<Period>(() => currentPeriod('year'));
  const [region, setRegion] = useState<DrillRegion | null>(null);
  // The desk's queues of every feature, in one panel; the clerk, who works them, sees it first.
  const queues = [
    ...useOrderQueues({ order: paths.order, contract: paths.contract }),
    ...useShipmentQueues({
      shipment: paths.shipment,
      order: paths.order,
      contract: paths.contract,
    }),
  ];
  const worksQueues = access.may('confirmSalesOrder');
  // Each role's home above the shared KPIs: the rep's own gap and to-dos, the manager's team, the director's 片区.
  const role = access.me.role;
  const timer: RenderTimer = (complaint) => <ComplaintTimerTag complaint={complaint} />;
  // The top of the drill-down is the caller's scope: the company for the director and finance, else theirs.
  const scope = access.me.scope;
  const top =
    scope === 'ALL' ? t('dashboard.company') : t(`access.scope.${scope as 'REGION' | 'OWN'}`);
  return (
    <>
      <PageTitle extra={<PeriodPicker value={period} onChange={setPeriod} />}>
        {t('nav.dashboard')}
      </PageTitle>
      <Flex vertical gap="middle">
        {worksQueues ? <WorkQueuesPanel queues={queues} /> : null}
        {role === 'SALES_REP' ? <RepHome renderTimer={timer} /> : null}
        {role === 'REGIONAL_MANAGER' ? (
          <TeamHome period={period} renderTimer={timer}>
            {access.canRead({ type: 'Query', field: 'pipelineReview' }) ? (
              <Col xs={24}>
                <PipelineReview />
              </Col>
            ) : null}
            {access.canRead({ type: 'Query', field: 'contactCompliance' }) ? (
              <Col xs={24}>
                <ContactComplianceTable />
              </Col>
            ) : null}
          </TeamHome>
        ) : null}
        <Breadcrumb
          aria-label={t('dashboard.drillPath')}
          items={[
            {
              key: 'company',
              title: region ? (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0 }}
                  onClick={() => setRegion(null)}
                >
                  {top}
                </Button>
              ) : (
                top
              ),
            },
            ...(region ? [{ key: region.id, title: region.name }] : []),
            { key: 'period', title: describePeriod(period, locale) },
          ]}
        />
        <DashboardKpis period={period} region={region} onDrill={setRegion} />
        {role === 'DIRECTOR' && region ? <SubRegionCard period={period} region={region} /> : null}
        {access.canRead({ type: 'Query', field: 'receivablesAging' }) ? (
          <AgingCard where={region ? { regionId: region.id } : undefined} />
        ) : null}
        {worksQueues ? null : <WorkQueuesPanel queues={queues} />}
      </Flex>
    </>
  );
}
