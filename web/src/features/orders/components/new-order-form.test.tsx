import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { NewOrderForm } from '@/features/orders/components/new-order-form';
import { maskUserErrors } from '@/lib/graphql-errors';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const clerk = {
  role: 'SALES_SUPPORT' as const,
  scope: 'REGION' as const,
  actions: ['createSalesOrder'],
};

const options = () => ({
  NewOrderOptions: () => ({
    customers: {
      totalCount: 2,
      nodes: [
        { id: 'CU-E', code: 'C000001', name: '华东机械', kind: 'ENTERPRISE' },
        { id: 'CU-D', code: 'C000009', name: '东利电器', kind: 'DISTRIBUTOR' },
      ],
    },
    products: {
      nodes: [
        { id: 'P-1', sku: 'GBX-0001', name: 'Gearbox R37', listPrice: '2500.00' },
        { id: 'P-2', sku: 'MOT-0002', name: 'Motor M2', listPrice: '900.00' },
      ],
    },
  }),
  OrderCustomerContracts: ({ id }: Record<string, unknown>) => ({
    customer: {
      id,
      kind: id === 'CU-E' ? 'ENTERPRISE' : 'DISTRIBUTOR',
      contracts: {
        nodes:
          id === 'CU-E'
            ? [
                {
                  id: 'CT-1',
                  number: 'HT-2026-000011',
                  endOn: '2027-06-30',
                  lines: {
                    nodes: [
                      {
                        lineNo: 1,
                        quantity: 40,
                        agreedUnitPrice: '2200.00',
                        product: { id: 'P-1', sku: 'GBX-0001', name: 'Gearbox R37' },
                      },
                    ],
                  },
                },
              ]
            : [],
      },
    },
  }),
});

async function pick(user: ReturnType<typeof userEvent.setup>, label: string, option: RegExp) {
  const combobox = screen.getByRole('combobox', { name: label });
  await waitFor(() => expect(combobox).toBeEnabled());
  await user.click(combobox);
  const choice = await waitFor(() => {
    const found = [
      ...document.querySelectorAll(
        '.ant-select-dropdown:not(.ant-select-dropdown-hidden) .ant-select-item-option',
      ),
    ].find((o) => option.test(o.textContent ?? ''));
    expect(found).toBeDefined();
    return found as HTMLElement;
  });
  await user.click(choice);
}

describe('NewOrderForm', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it("draws down the customer's active contract at its agreed price, and shows the API's error at the line", async () => {
    const api = fakeApi(clerk, {
      ...options(),
      CreateSalesOrder: () => ({
        createSalesOrder: {
          salesOrder: null,
          errors: maskUserErrors([
            {
              code: 'VALIDATION',
              message: 'Only 40 of this product are open on the contract.',
              path: ['input', 'lines', 0, 'quantity'],
            },
          ]),
        },
      }),
    });
    const user = userEvent.setup({ delay: null });
    render(<NewOrderForm onSaved={() => {}} onCancel={() => {}} />, {
      wrapper: QueryTestProviders,
    });
    await screen.findByRole('combobox', { name: 'Customer' }, { timeout: 5000 });
    await pick(user, 'Customer', /华东机械/);
    // The contract is chosen by itself; a direct customer has no list-price option.
    await waitFor(() => expect(screen.getByTitle('HT-2026-000011')).toBeInTheDocument());
    await pick(user, 'Product', /GBX-0001/);
    await waitFor(() =>
      expect(screen.getByTestId('line-unit-price')).toHaveTextContent('CN¥2,200.00'),
    );
    expect(screen.getByText('Contracted: 40')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Quantity'), '50');
    await waitFor(() =>
      expect(screen.getByTestId('order-total')).toHaveTextContent('CN¥110,000.00'),
    );
    await user.click(screen.getByRole('button', { name: 'Submit order' }));
    expect(
      await screen.findByText('Only 40 of this product are open on the contract.'),
    ).toBeInTheDocument();
    const [sent] = sentVariables(api, 'CreateSalesOrder') as [{ input: Record<string, unknown> }];
    expect(sent.input).toMatchObject({
      customerId: 'CU-E',
      contractId: 'CT-1',
      lines: [{ productId: 'P-1', quantity: 50 }],
    });
    expect(JSON.stringify(sent.input)).not.toMatch(/price/i);
  });

  it('orders for a distributor without contract at list price and opens the new order', async () => {
    const onSaved = vi.fn();
    const api = fakeApi(clerk, {
      ...options(),
      CreateSalesOrder: () => ({
        createSalesOrder: {
          salesOrder: {
            id: 'SO-1',
            number: 'DD-2026-000001',
            status: 'SUBMITTED',
            version: 1,
            contract: null,
          },
          errors: [],
        },
      }),
    });
    const user = userEvent.setup({ delay: null });
    render(<NewOrderForm onSaved={onSaved} onCancel={() => {}} />, { wrapper: QueryTestProviders });
    await screen.findByRole('combobox', { name: 'Customer' }, { timeout: 5000 });
    await pick(user, 'Customer', /东利电器/);
    await waitFor(() =>
      expect(
        screen.getByTitle('No contract, at list price (distributor/agent)'),
      ).toBeInTheDocument(),
    );
    await pick(user, 'Product', /MOT-0002/);
    await waitFor(() =>
      expect(screen.getByTestId('line-unit-price')).toHaveTextContent('CN¥900.00'),
    );
    await user.type(screen.getByLabelText('Quantity'), '2');
    await user.click(screen.getByRole('button', { name: 'Submit order' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledWith('SO-1'));
    const [sent] = sentVariables(api, 'CreateSalesOrder') as [{ input: Record<string, unknown> }];
    expect(sent.input).toMatchObject({ customerId: 'CU-D', contractId: null });
  });

  it('tells a direct customer without active contract that it cannot order, and sends nothing', async () => {
    const api = fakeApi(clerk, {
      ...options(),
      OrderCustomerContracts: ({ id }: Record<string, unknown>) => ({
        customer: { id, kind: 'ENTERPRISE', contracts: { nodes: [] } },
      }),
    });
    const user = userEvent.setup({ delay: null });
    render(<NewOrderForm onSaved={() => {}} onCancel={() => {}} />, {
      wrapper: QueryTestProviders,
    });
    await screen.findByRole('combobox', { name: 'Customer' }, { timeout: 5000 });
    await pick(user, 'Customer', /华东机械/);
    expect(await screen.findByText(/has no active contract/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Submit order' })).toBeDisabled();
    expect(sentVariables(api, 'CreateSalesOrder')).toEqual([]);
    expect(within(document.body).queryByText('Contracted: 40')).toBeNull();
  });

  it("opened from a customer's page, starts with that customer and its contract", async () => {
    fakeApi(clerk, options());
    render(<NewOrderForm customerId="CU-E" onSaved={() => {}} onCancel={() => {}} />, {
      wrapper: QueryTestProviders,
    });
    expect(await screen.findByTitle(/华东机械/)).toBeInTheDocument();
    expect(await screen.findByTitle('HT-2026-000011')).toBeInTheDocument();
  });
});
