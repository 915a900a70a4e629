import { Card, Col, Row, Statistic } from 'antd';
import type { KpiFigures } from '@/features/dashboard/api/kpis';
import { useAccess } from '@/lib/access/me-provider';
import { useI18n } from '@/lib/i18n/i18n-provider';
import type { MessageKey } from '@/lib/i18n/messages';
import {
  formatDays,
  formatInteger,
  formatMoney,
  formatPercent,
  type MoneyValue,
} from '@/utils/format';

interface Figure {
  key: keyof KpiFigures;
  kind: 'money' | 'rate' | 'count' | 'days';
}

const figures: Figure[] = [
  { key: 'salesAmount', kind: 'money' },
  { key: 'target', kind: 'money' },
  { key: 'achievementRate', kind: 'rate' },
  { key: 'collectedAmount', kind: 'money' },
  { key: 'collectionRate', kind: 'rate' },
  { key: 'daysSalesOutstanding', kind: 'days' },
  { key: 'overdueReceivables', kind: 'money' },
  { key: 'newCustomers', kind: 'count' },
  { key: 'grossMargin', kind: 'rate' },
];

/** The period's headline figures of the scope shown (company, a region or a rep), as plain numbers. */
export function KpiSummary({ total }: { total: KpiFigures | null }) {
  const { t, locale } = useI18n();
  const access = useAccess();
  const show = (figure: Figure): string => {
    const value = total?.[figure.key] as MoneyValue | null | undefined;
    if (value == null) return '–';
    if (figure.kind === 'money') return formatMoney(value, locale);
    if (figure.kind === 'rate') return formatPercent(value, locale);
    if (figure.kind === 'days')
      return t('dashboard.daysValue', { days: formatDays(value, locale) });
    return formatInteger(value, locale);
  };
  return (
    <Row gutter={[16, 16]}>
      {figures
        .filter((f) => f.key !== 'grossMargin' || access.canRead({ type: 'KpiRow', field: f.key }))
        .map((figure) => (
          <Col key={figure.key} xs={12} md={6}>
            <Card size="small">
              <Statistic
                title={t(`dashboard.figures.${figure.key}` as MessageKey)}
                value={show(figure)}
                valueRender={(node) => <span data-testid={`kpi-${figure.key}`}>{node}</span>}
              />
            </Card>
          </Col>
        ))}
    </Row>
  );
}
