import { Card, Col, Flex, Row, Statistic, Tag, Typography } from 'antd';
import { Link } from 'react-router';
import { QueryState } from '@/components/query-state';
import { tagColors } from '@/components/tag-colors';
import { areaPaths, paths } from '@/config/paths';
import { useRepHome } from '@/features/dashboard/api/role-home';
import { targetGap } from '@/features/dashboard/api/target-gap';
import { HomeList } from '@/features/dashboard/components/home-list';
import { OpenComplaints, type RenderTimer } from '@/features/dashboard/components/open-complaints';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatInteger, formatMoney, type MoneyValue } from '@/utils/format';

function GapCard({
  title,
  testId,
  target,
  sales,
}: {
  title: string;
  testId: string;
  target: MoneyValue | null | undefined;
  sales: MoneyValue | null | undefined;
}) {
  const { t, locale } = useI18n();
  const gap = targetGap(target, sales);
  return (
    <Card title={title} data-testid={testId}>
      {gap ? (
        <Flex vertical gap="small">
          <Statistic
            title={gap.reached ? t('dashboard.home.ahead') : t('dashboard.home.gap')}
            value={formatMoney(gap.reached ? gap.ahead : gap.gap, locale)}
          />
          <Typography.Text type="secondary">
            {t('dashboard.home.salesOfTarget', {
              sales: formatMoney(gap.sales, locale),
              target: formatMoney(gap.target, locale),
            })}
          </Typography.Text>
          {gap.reached ? <Tag color={tagColors.green}>{t('dashboard.home.reached')}</Tag> : null}
        </Flex>
      ) : (
        <Typography.Text type="secondary">{t('dashboard.home.noTarget')}</Typography.Text>
      )}
    </Card>
  );
}

/** The rep's home: own target gap, contacts due, open complaints, overdue invoices and open pipeline. */
export function RepHome({ renderTimer }: { renderTimer: RenderTimer }) {
  const { t, locale } = useI18n();
  const query = useRepHome(new Date());
  const data = query.data;
  return (
    <QueryState
      isLoading={query.isLoading}
      error={query.error}
      onRetry={() => void query.refetch()}
    >
      {data ? (
        <Row gutter={[16, 16]}>
          <Col xs={24} md={8}>
            <GapCard
              title={t('dashboard.home.monthGap')}
              testId="home-month-gap"
              target={data.month[0]?.target}
              sales={data.month[0]?.salesAmount}
            />
          </Col>
          <Col xs={24} md={8}>
            <GapCard
              title={t('dashboard.home.yearGap')}
              testId="home-year-gap"
              target={data.year[0]?.target}
              sales={data.year[0]?.salesAmount}
            />
          </Col>
          <Col xs={24} md={8}>
            <Card title={t('dashboard.home.pipeline')} data-testid="home-pipeline">
              <Statistic
                title={t('dashboard.home.pipelineAmount')}
                value={formatMoney(data.year[0]?.pipelineAmount ?? 0, locale)}
              />
              <Typography.Text type="secondary">
                {t('dashboard.home.openOpportunities', {
                  count: formatInteger(data.year[0]?.openOpportunities ?? 0, locale),
                })}
              </Typography.Text>
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <HomeList
              title={t('dashboard.home.contactsDue')}
              testId="home-contacts-due"
              items={data.contactsDue.nodes}
              totalCount={data.contactsDue.totalCount}
              morePath={areaPaths.visits}
              empty={t('dashboard.home.noContactsDue')}
              keyOf={(c) => c.id}
              render={(c) => (
                <Flex justify="space-between" style={{ width: '100%' }} gap="small">
                  <Link to={paths.customer(c.id)}>{c.name}</Link>
                  <span>
                    {c.grade} · {c.nextContactDueOn ?? '–'}
                  </span>
                </Flex>
              )}
            />
          </Col>
          <Col xs={24} xl={8}>
            <OpenComplaints complaints={data.complaints} renderTimer={renderTimer} />
          </Col>
          <Col xs={24} xl={8}>
            <HomeList
              title={t('dashboard.home.overdue')}
              testId="home-overdue"
              items={data.invoices.nodes}
              totalCount={data.invoices.totalCount}
              morePath={areaPaths.receivables}
              empty={t('dashboard.home.noOverdue')}
              keyOf={(i) => i.id}
              render={(i) => (
                <Flex justify="space-between" style={{ width: '100%' }} gap="small">
                  <span>
                    {i.number} · {i.contract?.customer?.name}
                  </span>
                  <span>
                    {formatMoney(i.openAmount, locale)} ·{' '}
                    {t('dashboard.home.daysOverdue', { days: i.daysOverdue })}
                  </span>
                </Flex>
              )}
            />
          </Col>
        </Row>
      ) : null}
    </QueryState>
  );
}
