import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ShipmentActions } from '@/features/shipments/components/shipment-actions';
import { fakeApi, sentVariables } from '@/testing/fake-api';
import { QueryTestProviders } from '@/testing/query-test-providers';

const shipment = (status: 'AWAITING_APPROVAL' | 'PLANNED') => ({
  id: 'SH-1',
  status,
  version: 3,
  carrier: '德邦物流',
});

describe('ShipmentActions', () => {
  beforeEach(() => localStorage.setItem('salesgraph.locale', 'en'));
  afterEach(() => vi.unstubAllGlobals());

  it('lets finance approve a waiting notice with a comment, at the version read', async () => {
    const reload = vi.fn();
    const api = fakeApi(
      { role: 'FINANCE', actions: ['approveDeliveryNotice', 'rejectDeliveryNotice'] },
      {
        ApproveDeliveryNotice: () => ({
          approveDeliveryNotice: {
            shipment: { id: 'SH-1', status: 'AWAITING_APPROVAL', version: 4 },
            errors: [],
          },
        }),
      },
    );
    const user = userEvent.setup({ delay: null });
    render(<ShipmentActions shipment={shipment('AWAITING_APPROVAL')} reload={reload} />, {
      wrapper: QueryTestProviders,
    });
    expect(
      await screen.findByRole('button', { name: /Reject/ }, { timeout: 5000 }),
    ).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Mark shipped/ })).toBeNull();
    await user.click(screen.getByRole('button', { name: /Approve/ }));
    const dialog = await screen.findByRole('dialog');
    await user.type(within(dialog).getByLabelText('Comment'), 'ok');
    await user.click(within(dialog).getByRole('button', { name: /Approve/ }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(sentVariables(api, 'ApproveDeliveryNotice')).toEqual([
      { input: { shipmentId: 'SH-1', version: 3, comment: 'ok' } },
    ]);
  });

  it('lets the desk ship a released notice with the waybill, keeping the planned carrier', async () => {
    const reload = vi.fn();
    const api = fakeApi(
      { role: 'SALES_SUPPORT', actions: ['markShipped', 'markDelivered', 'cancelShipment'] },
      {
        MarkShipped: () => ({
          markShipped: { shipment: { id: 'SH-1', status: 'SHIPPED', version: 4 }, errors: [] },
        }),
      },
    );
    const user = userEvent.setup({ delay: null });
    render(<ShipmentActions shipment={shipment('PLANNED')} reload={reload} />, {
      wrapper: QueryTestProviders,
    });
    await user.click(
      await screen.findByRole('button', { name: /Mark shipped/ }, { timeout: 5000 }),
    );
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByLabelText('Carrier')).toHaveValue('德邦物流');
    await user.type(within(dialog).getByLabelText('Waybill'), 'DB-17');
    await user.click(within(dialog).getByRole('button', { name: /Mark shipped/ }));
    await waitFor(() => expect(reload).toHaveBeenCalled());
    expect(sentVariables(api, 'MarkShipped')).toEqual([
      { input: { shipmentId: 'SH-1', version: 3, carrier: '德邦物流', waybillNumber: 'DB-17' } },
    ]);
  });

  it('offers a reader nothing', async () => {
    const api = fakeApi({ role: 'BI_ANALYST' }, {});
    const { container } = render(
      <ShipmentActions shipment={shipment('PLANNED')} reload={() => {}} />,
      {
        wrapper: QueryTestProviders,
      },
    );
    await waitFor(() => expect(api).toHaveBeenCalled());
    expect(container.querySelectorAll('button')).toHaveLength(0);
  });
});
