import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { InvoiceRow } from '@/features/receivables/api/invoices';
import { RecordPaymentDialog } from '@/features/receivables/components/record-payment-dialog';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const invoice = {
  id: 'INV-1',
  number: 'FP-2026-000007',
  amount: '12000.00',
  paidAmount: '2000.00',
  openAmount: '10000.00',
  issuedOn: '2026-01-10',
  dueOn: '2026-02-09',
  daysOverdue: 40,
  contract: {
    id: 'CT-1',
    number: 'HT-2026-000003',
    customer: { id: 'CU-1', name: '上海天宇饮料' },
    owner: null,
    region: null,
  },
} as InvoiceRow;

const payment = (confirmedAt: string | null) => ({
  id: 'PAY-1',
  number: 'SK-2026-000042',
  amount: '10000.00',
  confirmedAt,
});

const finance = { role: 'FINANCE' as const, actions: ['recordPayment', 'confirmPayment'] };

describe('RecordPaymentDialog', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it('refuses more than the open amount beside the field, without asking the API', async () => {
    const api = fakeApi(finance, {});
    const user = userEvent.setup({ delay: null });
    render(<RecordPaymentDialog invoice={invoice} onClose={() => {}} />, {
      wrapper: QueryTestProviders,
    });
    const amount = await screen.findByLabelText('Amount');
    await user.clear(amount);
    await user.type(amount, '10000.01');
    await user.click(screen.getByRole('button', { name: 'Record payment' }));
    expect(
      await screen.findByText('The amount must be above 0 and at most the open CN¥10,000.00'),
    ).toBeInTheDocument();
    expect(sentVariables(api, 'RecordPayment')).toEqual([]);
  });

  it('records the open amount against the invoice, then finance confirms it', async () => {
    const onClose = vi.fn();
    const api = fakeApi(finance, {
      RecordPayment: () => ({ recordPayment: { payment: payment(null), errors: [] } }),
      ConfirmPayment: () => ({
        confirmPayment: { payment: payment('2026-03-20T08:00:00Z'), errors: [] },
      }),
    });
    const user = userEvent.setup({ delay: null });
    render(<RecordPaymentDialog invoice={invoice} onClose={onClose} />, {
      wrapper: QueryTestProviders,
    });
    await user.click(await screen.findByRole('button', { name: 'Record payment' }));
    await user.click(await screen.findByRole('button', { name: 'Confirm payment' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());

    const [recorded] = sentVariables(api, 'RecordPayment') as { input: Record<string, unknown> }[];
    expect(recorded?.input).toMatchObject({
      contractId: 'CT-1',
      invoiceId: 'INV-1',
      amount: 10000,
      method: 'BANK_TRANSFER',
    });
    expect(sentVariables(api, 'ConfirmPayment')).toEqual([{ input: { paymentId: 'PAY-1' } }]);
  });

  it('closes after recording when the caller cannot confirm (support)', async () => {
    const onClose = vi.fn();
    fakeApi(
      { role: 'SALES_SUPPORT', actions: ['recordPayment'] },
      { RecordPayment: () => ({ recordPayment: { payment: payment(null), errors: [] } }) },
    );
    const user = userEvent.setup({ delay: null });
    render(<RecordPaymentDialog invoice={invoice} onClose={onClose} />, {
      wrapper: QueryTestProviders,
    });
    await user.click(await screen.findByRole('button', { name: 'Record payment' }));
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(screen.queryByRole('button', { name: 'Confirm payment' })).not.toBeInTheDocument();
  });

  it('shows the API errors: beside the field, and a CONFLICT with a reload', async () => {
    fakeApi(finance, {
      RecordPayment: () => ({
        recordPayment: {
          payment: null,
          errors: [
            {
              code: 'VALIDATION',
              message: 'A payment cannot be received in the future.',
              path: ['input', 'receivedOn'],
            },
            { code: 'CONFLICT', message: 'The invoice changed meanwhile.', path: ['input'] },
          ],
        },
      }),
    });
    const user = userEvent.setup({ delay: null });
    render(<RecordPaymentDialog invoice={invoice} onClose={() => {}} />, {
      wrapper: QueryTestProviders,
    });
    await user.click(await screen.findByRole('button', { name: 'Record payment' }));
    expect(
      await screen.findByText('A payment cannot be received in the future.'),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Someone else changed this record; reload and try again',
    );
    expect(screen.getByRole('button', { name: 'Reload' })).toBeInTheDocument();
  });
});
