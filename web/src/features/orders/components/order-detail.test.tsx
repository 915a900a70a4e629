import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { OrderDetail } from '@/features/orders/components/order-detail';
import { maskUserErrors } from '@/lib/graphql-errors';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const order = (status: string, version = 1) => ({
  id: 'SO-1',
  number: 'DD-2026-000042',
  status,
  amount: '7500.00',
  isOverCredit: true,
  submittedAt: '2026-12-01T08:00:00Z',
  confirmDueAt: '2026-12-01T12:00:00Z',
  confirmedAt: status === 'SUBMITTED' ? null : '2026-12-01T13:00:00Z',
  isConfirmationLate: true,
  version,
  customer: { id: 'CU-1', name: '上海东利电器', kind: 'DISTRIBUTOR' },
  contract: null,
  createdAt: '2026-12-01T08:00:00Z',
  updatedAt: '2026-12-01T08:00:00Z',
  closedAt: null,
  cancelledAt: null,
  externalId: null,
  confirmedBy: status === 'SUBMITTED' ? null : { id: 'ST-9', name: '韩海波' },
  shipments: { totalCount: 0, nodes: [] },
  lines: {
    totalCount: 1,
    nodes: [
      {
        id: 'L-1',
        lineNo: 1,
        quantity: 3,
        unitPrice: '2500.00',
        amount: '7500.00',
        requestedOn: '2026-12-10',
        noticedQuantity: 0,
        shippedQuantity: 0,
        openQuantity: 3,
        product: { id: 'P-1', sku: 'GBX-0001', name: '斜齿轮减速机 R37' },
      },
    ],
  },
});

const renderDetail = () =>
  render(
    <MemoryRouter>
      <OrderDetail
        id="SO-1"
        customerPath={(id) => `/customers/${id}`}
        contractPath={(id) => `/contracts/${id}`}
        shipmentPath={(id) => `/shipments/${id}`}
      />
    </MemoryRouter>,
    { wrapper: QueryTestProviders },
  );

const clerk = {
  role: 'SALES_SUPPORT' as const,
  scope: 'REGION' as const,
  actions: ['createSalesOrder', 'confirmSalesOrder', 'cancelSalesOrder', 'closeSalesOrder'],
};

describe('OrderDetail', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it('shows a reader the order, its late confirmation and over-credit flag, and no step', async () => {
    fakeApi(
      { role: 'FINANCE', actions: ['recordPayment'] },
      { SalesOrder: () => ({ salesOrder: order('SUBMITTED') }) },
    );
    renderDetail();
    const heading = await screen.findByRole('heading', { name: /Order DD-2026-000042/ });
    expect(within(heading).getByText('Submitted')).toBeInTheDocument();
    expect(screen.getByTestId('late-badge')).toHaveTextContent('Confirmation late');
    expect(screen.getByText('Over credit')).toBeInTheDocument();
    expect(screen.getByText('No contract (price list)')).toBeInTheDocument();
    expect(
      screen.queryByRole('button', { name: /Record confirmation|Cancel order|Close order/ }),
    ).toBeNull();
  });

  it('lets the clerk record the confirmation at the version read, then reads the order again', async () => {
    let current = order('SUBMITTED', 4);
    const api = fakeApi(clerk, {
      SalesOrder: () => ({ salesOrder: current }),
      ConfirmSalesOrder: () => {
        current = order('CONFIRMED', 5);
        return {
          confirmSalesOrder: {
            salesOrder: {
              id: 'SO-1',
              number: current.number,
              status: 'CONFIRMED',
              version: 5,
              contract: null,
            },
            errors: [],
          },
        };
      },
    });
    const user = userEvent.setup({ delay: null });
    renderDetail();
    await user.click(await screen.findByRole('button', { name: /Record confirmation/ }));
    // Left empty, the confirmation time is the server's now.
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByRole('button', { name: /Record confirmation/ }));
    await waitFor(() =>
      expect(
        within(screen.getByRole('heading', { name: /Order/ })).getByText('Confirmed'),
      ).toBeInTheDocument(),
    );
    expect(sentVariables(api, 'ConfirmSalesOrder')).toEqual([
      { input: { salesOrderId: 'SO-1', version: 4 } },
    ]);
    // Confirmed, the page no longer offers the step (jsdom keeps the closing dialog, so look outside it).
    await waitFor(() =>
      expect(
        screen
          .queryAllByRole('button', { name: /Record confirmation/ })
          .filter((button) => !button.closest('.ant-modal')),
      ).toEqual([]),
    );
  });

  it("puts the API's complaint about the reason beside the cancel dialog's field", async () => {
    fakeApi(clerk, {
      SalesOrder: () => ({ salesOrder: order('CONFIRMED') }),
      CancelSalesOrder: () => ({
        cancelSalesOrder: {
          salesOrder: null,
          errors: maskUserErrors([
            { code: 'VALIDATION', message: 'The reason is too long.', path: ['input', 'reason'] },
          ]),
        },
      }),
    });
    const user = userEvent.setup({ delay: null });
    renderDetail();
    await user.click(await screen.findByRole('button', { name: /Cancel order/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Cancellation reason'), 'x');
    await user.click(within(dialog).getByRole('button', { name: /Cancel order/ }));
    expect(await within(dialog).findByText('The reason is too long.')).toBeInTheDocument();
    // The step did not happen: no success is announced and the dialog stays for a corrected reason.
    expect(screen.queryByText('Order cancelled')).toBeNull();
    expect(within(dialog).getByLabelText('Cancellation reason')).toBeInTheDocument();
  });
});
