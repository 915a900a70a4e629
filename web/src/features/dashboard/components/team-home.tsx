import { Col, Row } from 'antd';
import type { ReactNode } from 'react';
import { QueryState } from '@/components/query-state';
import type { Period } from '@/features/dashboard/api/kpi-period';
import { useTeamHome } from '@/features/dashboard/api/role-home';
import { OpenComplaints, type RenderTimer } from '@/features/dashboard/components/open-complaints';
import { RateTable } from '@/features/dashboard/components/rate-table';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** The manager's home: the team's achievement by rep, the region's open complaints, pipeline and contact compliance. */
interface TeamHomeProps {
  period: Period;
  renderTimer: RenderTimer;
  /** The other features' team views (pipeline review, contact compliance), composed in src/app. */
  children?: ReactNode;
}

export function TeamHome({ period, renderTimer, children }: TeamHomeProps) {
  const { t } = useI18n();
  const query = useTeamHome(period);
  const data = query.data;
  const reps = (data?.byStaff ?? []).flatMap((r) =>
    r.staff ? [{ id: r.staff.id, name: r.staff.name, ...r }] : [],
  );
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={14}>
        <QueryState
          isLoading={query.isLoading}
          error={query.error}
          onRetry={() => void query.refetch()}
        >
          <RateTable
            title={t('dashboard.home.team')}
            testId="team-achievement"
            nameTitle={t('dashboard.rep')}
            rows={reps}
            withPipeline
          />
        </QueryState>
      </Col>
      <Col xs={24} xl={10}>
        {data ? <OpenComplaints complaints={data.complaints} renderTimer={renderTimer} /> : null}
      </Col>
      {children}
    </Row>
  );
}
