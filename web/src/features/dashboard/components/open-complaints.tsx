import { Flex } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { areaPaths, paths } from '@/config/paths';
import { HomeList } from '@/features/dashboard/components/home-list';
import { useI18n } from '@/lib/i18n/i18n-provider';

export type HomeComplaint = Complaints['nodes'][number];

/** Renders a complaint's 2-hour timer (the complaints feature's tag, composed in src/app). */
export type RenderTimer = (complaint: HomeComplaint) => ReactNode;

interface Complaints {
  totalCount: number;
  nodes: readonly {
    id: string;
    number: string;
    receivedAt: string;
    answerDueAt: string;
    answeredAt?: string | null;
    customer?: { id: string; name: string } | null;
  }[];
}

/** Open and forwarded complaints in the caller's scope, the soonest due first, each with its 2-hour timer. */
export function OpenComplaints({
  complaints,
  renderTimer,
}: {
  complaints: Complaints;
  renderTimer: RenderTimer;
}) {
  const { t } = useI18n();
  return (
    <HomeList
      title={t('dashboard.home.openComplaints')}
      testId="home-open-complaints"
      items={complaints.nodes}
      totalCount={complaints.totalCount}
      morePath={areaPaths.complaints}
      empty={t('dashboard.home.noComplaints')}
      keyOf={(c) => c.id}
      render={(c) => (
        <Flex justify="space-between" style={{ width: '100%' }} gap="small">
          <span>
            {c.number} ·{' '}
            {c.customer ? (
              <Link to={paths.customer(c.customer.id)} style={{ textDecoration: 'underline' }}>
                {c.customer.name}
              </Link>
            ) : null}
          </span>
          {renderTimer(c)}
        </Flex>
      )}
    />
  );
}
