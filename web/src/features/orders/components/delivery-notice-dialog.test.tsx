import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DeliveryNoticeDialog } from '@/features/orders/components/delivery-notice-dialog';
import { maskUserErrors } from '@/lib/graphql-errors';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const lines = [
  {
    id: 'L1',
    lineNo: 1,
    quantity: 4,
    openQuantity: 4,
    product: { sku: 'GBX-0001', name: 'Gearbox' },
  },
  {
    id: 'L2',
    lineNo: 2,
    quantity: 6,
    openQuantity: 6,
    product: { sku: 'MOT-0002', name: 'Motor' },
  },
];

describe('DeliveryNoticeDialog', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it("sends only the lines given a quantity and shows the API's error on the row it concerns", async () => {
    const api = fakeApi(
      { role: 'SALES_SUPPORT', actions: ['createDeliveryNotice'] },
      {
        CreateDeliveryNotice: () => ({
          createDeliveryNotice: {
            shipment: null,
            errors: maskUserErrors([
              {
                code: 'VALIDATION',
                message: 'At most 6 are open on this line.',
                path: ['input', 'lines', 0, 'quantity'],
              },
            ]),
          },
        }),
      },
    );
    const onIssued = vi.fn();
    const user = userEvent.setup({ delay: null });
    render(
      <DeliveryNoticeDialog order={{ id: 'SO-1', lines }} onClose={() => {}} onIssued={onIssued} />,
      {
        wrapper: QueryTestProviders,
      },
    );
    const dialog = await screen.findByRole('dialog', {}, { timeout: 5000 });
    const first = within(dialog).getByLabelText('To ship now #1');
    const second = within(dialog).getByLabelText('To ship now #2');
    expect(first).toHaveValue('4');
    await user.clear(first);
    await user.type(first, '0');
    await user.clear(second);
    await user.type(second, '7');
    await user.click(within(dialog).getByRole('button', { name: 'Delivery notice' }));
    expect(await within(dialog).findByText('At most 6 are open on this line.')).toBeInTheDocument();
    // The input's only line came from the dialog's second row: the message stands there.
    expect(document.querySelector('#quantities_1_help')).toHaveTextContent('At most 6 are open');
    await waitFor(() =>
      expect(sentVariables(api, 'CreateDeliveryNotice')).toMatchObject([
        { input: { salesOrderId: 'SO-1', lines: [{ salesOrderLineId: 'L2', quantity: 7 }] } },
      ]),
    );
    expect(onIssued).not.toHaveBeenCalled();
  });
});
