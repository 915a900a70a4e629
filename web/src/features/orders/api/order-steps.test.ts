import { orderSteps } from '@/features/orders/api/order-steps';

const mayAll = () => true;
const mayOnly =
  (...actions: string[]) =>
  (action: string) =>
    actions.includes(action);

describe('orderSteps', () => {
  it('offers the desk confirm and cancel on a submitted order', () => {
    expect(orderSteps('SUBMITTED', mayAll)).toEqual(['confirm', 'cancel']);
  });

  it('offers cancel but no second confirmation once confirmed', () => {
    expect(orderSteps('CONFIRMED', mayAll)).toEqual(['cancel']);
  });

  it('offers a delivery notice on a confirmed or partly shipped order while something is open', () => {
    expect(orderSteps('CONFIRMED', mayAll, 5)).toEqual(['notice', 'cancel']);
    expect(orderSteps('PARTLY_SHIPPED', mayAll, 2)).toEqual(['notice', 'close']);
    expect(orderSteps('PARTLY_SHIPPED', mayAll, 0)).toEqual(['close']);
    expect(orderSteps('SUBMITTED', mayAll, 5)).toEqual(['confirm', 'cancel']);
  });

  it('offers close on a shipped or partly shipped order only', () => {
    expect(orderSteps('PARTLY_SHIPPED', mayAll)).toEqual(['close']);
    expect(orderSteps('SHIPPED', mayAll)).toEqual(['close']);
    expect(orderSteps('CLOSED', mayAll)).toEqual([]);
    expect(orderSteps('CANCELLED', mayAll)).toEqual([]);
  });

  it('leaves out what me does not allow: a manager may cancel, never confirm', () => {
    expect(orderSteps('SUBMITTED', mayOnly('cancelSalesOrder'))).toEqual(['cancel']);
  });

  it('gives a reader without order actions a read-only page', () => {
    expect(orderSteps('SUBMITTED', mayOnly('approveContract'))).toEqual([]);
  });
});
