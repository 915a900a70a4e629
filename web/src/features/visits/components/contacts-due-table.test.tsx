import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import {
  ContactsDueTable,
  type ContactToLog,
} from '@/features/visits/components/contacts-due-table';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const pageInfo = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };
const customers = [
  {
    id: 'CU-1',
    code: 'C0001',
    name: '上海天宇饮料',
    grade: 'A',
    owner: { id: 'S-1', name: 'Li Lei' },
    lastContactAt: null,
    nextContactDueOn: '2026-03-02',
    isContactOverdue: true,
  },
  {
    id: 'CU-2',
    code: 'C0002',
    name: '杭州绿源',
    grade: 'B',
    owner: { id: 'S-2', name: 'Han Mei' },
    lastContactAt: '2026-02-10T02:00:00Z',
    nextContactDueOn: '2026-03-12',
    isContactOverdue: false,
  },
];

function renderTable(onLog?: (contact: ContactToLog) => void) {
  return render(
    <MemoryRouter>
      <ContactsDueTable detailPath={(id) => `/customers/${id}`} onLog={onLog} />
    </MemoryRouter>,
    { wrapper: QueryTestProviders },
  );
}

describe('ContactsDueTable', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it('lists the due customers with the overdue tag and logs the visit an A-class customer needs', async () => {
    const api = fakeApi(
      { role: 'SALES_REP', scope: 'OWN' },
      { ContactsDue: () => ({ contactsDue: { totalCount: 2, pageInfo, nodes: customers } }) },
    );
    const onLog = vi.fn();
    const user = userEvent.setup({ delay: null });
    renderTable(onLog);

    const first = (
      await screen.findByRole('link', { name: '上海天宇饮料' }, { timeout: 10_000 })
    ).closest('tr')!;
    expect(within(first).getByText('Overdue')).toBeInTheDocument();
    expect(within(first).getByText('Never')).toBeInTheDocument();
    const second = screen.getByRole('link', { name: '杭州绿源' }).closest('tr')!;
    expect(within(second).queryByText('Overdue')).toBeNull();
    // A rep sees only its own customers: no owner column.
    expect(screen.queryByRole('columnheader', { name: 'Owner' })).toBeNull();
    expect(sentVariables(api, 'ContactsDue')[0]).toMatchObject({ withinDays: 7 });

    await user.click(within(first).getByRole('button', { name: 'Log visit / call: 上海天宇饮料' }));
    expect(onLog).toHaveBeenLastCalledWith({
      customerId: 'CU-1',
      customerName: '上海天宇饮料',
      kind: 'VISIT',
    });
    await user.click(within(second).getByRole('button', { name: /Log visit \/ call/ }));
    expect(onLog).toHaveBeenLastCalledWith({
      customerId: 'CU-2',
      customerName: '杭州绿源',
      kind: 'CALL',
    });
  });

  it('offers no log action to a caller who may not log, and names owners for a manager', async () => {
    fakeApi(
      { role: 'REGIONAL_MANAGER', scope: 'REGION' },
      { ContactsDue: () => ({ contactsDue: { totalCount: 2, pageInfo, nodes: customers } }) },
    );
    renderTable();
    await screen.findByRole('link', { name: '上海天宇饮料' }, { timeout: 10_000 });
    expect(screen.getByRole('columnheader', { name: 'Owner' })).toBeInTheDocument();
    expect(screen.getByText('Han Mei')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Log visit/ })).toBeNull();
  });
});
