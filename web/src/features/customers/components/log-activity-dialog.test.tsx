import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { LogActivityDialog } from '@/features/customers/components/log-activity-dialog';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

describe('LogActivityDialog', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it('names the customer and starts on the kind it was opened for', async () => {
    const api = fakeApi(
      { role: 'SALES_REP', scope: 'OWN', actions: ['logActivity'] },
      {
        LogActivity: () => ({
          logActivity: {
            activity: { id: 'AC-1', kind: 'CALL', occurredAt: '2026-03-02T02:00:00Z' },
            errors: [],
          },
        }),
      },
    );
    const onClose = vi.fn();
    const user = userEvent.setup({ delay: null });
    render(
      <LogActivityDialog
        customerId="CU-2"
        customerName="杭州绿源"
        initialKind="CALL"
        onClose={onClose}
      />,
      { wrapper: QueryTestProviders },
    );
    expect(
      await screen.findByText('Log a visit or call: 杭州绿源', undefined, {
        timeout: 10_000,
      }),
    ).toBeInTheDocument();
    await user.type(screen.getByLabelText('Subject'), 'Reorder call');
    await user.click(screen.getByRole('button', { name: 'Log activity' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(sentVariables(api, 'LogActivity')).toEqual([
      {
        input: expect.objectContaining({
          customerId: 'CU-2',
          kind: 'CALL',
          subject: 'Reorder call',
        }),
      },
    ]);
  });
});
