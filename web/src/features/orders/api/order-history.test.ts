import { orderHistory } from '@/features/orders/api/order-history';

const submitted = {
  submittedAt: '2026-12-01T08:00:00Z',
  confirmDueAt: '2026-12-01T12:00:00Z',
  isConfirmationLate: false,
};

describe('orderHistory', () => {
  it('lists a fresh order as submitted only', () => {
    expect(orderHistory(submitted)).toEqual([{ kind: 'submitted', at: submitted.submittedAt }]);
  });

  it('names who recorded a late confirmation, then the cancellation with its reason', () => {
    expect(
      orderHistory({
        ...submitted,
        confirmedAt: '2026-12-01T13:30:00Z',
        confirmedBy: { name: '周内勤' },
        isConfirmationLate: true,
        cancelledAt: '2026-12-02T09:00:00Z',
        cancellationReason: 'Customer withdrew',
      }),
    ).toEqual([
      { kind: 'submitted', at: submitted.submittedAt },
      { kind: 'confirmed', at: '2026-12-01T13:30:00Z', by: '周内勤', late: true },
      { kind: 'cancelled', at: '2026-12-02T09:00:00Z', note: 'Customer withdrew' },
    ]);
  });
});
