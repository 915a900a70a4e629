import { render, screen } from '@testing-library/react';
import type { KpiFigures } from '@/features/dashboard/api/kpis';
import { KpiSummary } from '@/features/dashboard/components/kpi-summary';
import { fakeApi } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const total = {
  salesAmount: '1234567.80',
  target: '2000000',
  achievementRate: '0.6173',
  collectedAmount: '500000',
  receivablesDue: '800000',
  collectionRate: '0.625',
  daysSalesOutstanding: '45.3',
  overdueReceivables: '12000.5',
  newCustomers: 1234,
  contractCount: 17,
  grossMargin: '0.298',
} as KpiFigures;

const margin = { type: 'KpiRow', field: 'grossMargin', access: 'ALLOW' as const };

describe('KpiSummary', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'zh-CN'));
  afterEach(() => vi.unstubAllGlobals());

  it('shows the headline figures as CNY, rates and counts in the user language', async () => {
    fakeApi({ role: 'DIRECTOR', fields: [margin] }, {});
    render(<KpiSummary total={total} />, { wrapper: QueryTestProviders });
    expect(await screen.findByTestId('kpi-salesAmount')).toHaveTextContent('¥1,234,567.80');
    expect(screen.getByTestId('kpi-collectionRate')).toHaveTextContent('62.5%');
    expect(screen.getByTestId('kpi-daysSalesOutstanding')).toHaveTextContent('45.3 天');
    expect(screen.getByTestId('kpi-newCustomers')).toHaveTextContent('1,234');
    expect(screen.getByTestId('kpi-grossMargin')).toHaveTextContent('29.8%');
  });

  it('leaves the gross margin out for a role that may not read it, and dashes missing figures', async () => {
    fakeApi({ role: 'REGIONAL_MANAGER', fields: [] }, {});
    render(<KpiSummary total={{ ...total, target: null, achievementRate: null }} />, {
      wrapper: QueryTestProviders,
    });
    expect(await screen.findByTestId('kpi-target')).toHaveTextContent('–');
    expect(screen.queryByTestId('kpi-grossMargin')).not.toBeInTheDocument();
    expect(screen.queryByText('毛利率')).not.toBeInTheDocument();
  });
});
