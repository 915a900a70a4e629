import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter, Route, Routes, useParams } from 'react-router';
import { WorkQueuesPanel } from '@/components/work-queues';
import { useOrderQueues } from '@/features/orders/components/use-order-queues';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const lateOrder = {
  id: 'SO-7',
  number: 'DD-2026-000007',
  status: 'SUBMITTED',
  amount: '12000.00',
  isOverCredit: false,
  submittedAt: '2026-12-01T08:00:00Z',
  confirmDueAt: '2026-12-01T12:00:00Z',
  confirmedAt: null,
  isConfirmationLate: true,
  version: 1,
  customer: { id: 'CU-1', name: '上海东利电器', kind: 'DISTRIBUTOR' },
  contract: null,
};

function Panel() {
  const queues = useOrderQueues({
    order: (id) => `/orders/${id}`,
    contract: (id) => `/contracts/${id}`,
  });
  return <WorkQueuesPanel queues={queues} />;
}

function OrderPage() {
  return <p>order page {useParams().id}</p>;
}

const renderPanel = () =>
  render(
    <MemoryRouter initialEntries={['/dashboard']}>
      <Routes>
        <Route path="/dashboard" element={<Panel />} />
        <Route path="/orders/:id" element={<OrderPage />} />
      </Routes>
    </MemoryRouter>,
    { wrapper: QueryTestProviders },
  );

const lateConfirmations = () => ({
  lateConfirmations: {
    totalCount: 1,
    pageInfo: { hasNextPage: false, endCursor: null },
    nodes: [lateOrder],
  },
});

describe('the order desk queues', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it('lists the late orders with their count, each leading to its order', async () => {
    fakeApi(
      {
        role: 'SALES_SUPPORT',
        fields: [{ type: 'Query', field: 'lateConfirmations', access: 'ALLOW' }],
      },
      { LateConfirmations: lateConfirmations },
    );
    const user = userEvent.setup({ delay: null });
    renderPanel();
    const tab = await screen.findByTestId('queue-tab-lateConfirmations');
    expect(tab).toHaveTextContent('Orders late for confirmation');
    expect(await within(tab).findByLabelText('1 waiting')).toBeInTheDocument();
    const table = await screen.findByRole('table', { name: 'Orders late for confirmation' });
    expect(await within(table).findByTestId('late-badge')).toBeInTheDocument();
    await user.click(within(table).getByRole('link', { name: 'DD-2026-000007' }));
    expect(await screen.findByText('order page SO-7')).toBeInTheDocument();
  });

  it('shows no panel, and asks for no queue, when me does not let the caller read one', async () => {
    const api = fakeApi({ role: 'BI_ANALYST' }, {});
    renderPanel();
    await waitFor(() => expect(api).toHaveBeenCalled());
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(screen.queryByTestId('work-queues')).toBeNull();
    expect(sentVariables(api, 'LateConfirmations')).toEqual([]);
  });
});
