import { shipmentSteps } from '@/features/shipments/api/shipment-steps';

const mayOnly =
  (...actions: string[]) =>
  (action: string) =>
    actions.includes(action);
const desk = mayOnly('markShipped', 'markDelivered', 'cancelShipment', 'createDeliveryNotice');
const finance = mayOnly('approveDeliveryNotice', 'rejectDeliveryNotice');

describe('shipmentSteps', () => {
  it('offers approvers approve and reject while a notice awaits approval; the desk may only cancel it', () => {
    expect(shipmentSteps('AWAITING_APPROVAL', finance)).toEqual(['approve', 'reject']);
    expect(shipmentSteps('AWAITING_APPROVAL', desk)).toEqual(['cancel']);
  });

  it('lets the desk ship a released notice, or cancel it, then deliver it', () => {
    expect(shipmentSteps('PLANNED', desk)).toEqual(['ship', 'cancel']);
    expect(shipmentSteps('SHIPPED', desk)).toEqual(['deliver']);
    expect(shipmentSteps('DELIVERED', desk)).toEqual([]);
  });

  it('offers nothing on a closed notice, nor to approvers once it is released', () => {
    expect(shipmentSteps('REJECTED', desk)).toEqual([]);
    expect(shipmentSteps('CANCELLED', finance)).toEqual([]);
    expect(shipmentSteps('PLANNED', finance)).toEqual([]);
  });
});
