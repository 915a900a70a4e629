import { deliveryNoticeInput, noticeErrorsForForm } from '@/features/orders/api/delivery-notice';

const lines = [
  { id: 'L1', openQuantity: 5 },
  { id: 'L2', openQuantity: 0 },
  { id: 'L3', openQuantity: 8 },
];

describe('deliveryNoticeInput', () => {
  it('ships only the lines given a quantity, and remembers which row each came from', () => {
    expect(
      deliveryNoticeInput('SO-1', lines, { quantities: [0, undefined, 3], carrier: '  ' }, 'k'),
    ).toEqual({
      input: {
        salesOrderId: 'SO-1',
        lines: [{ salesOrderLineId: 'L3', quantity: 3 }],
        idempotencyKey: 'k',
      },
      rowOf: [2],
    });
  });

  it('sends the planned day and carrier when given', () => {
    const { input } = deliveryNoticeInput(
      'SO-1',
      lines,
      { quantities: [1], plannedOn: '2026-12-05', carrier: '德邦物流' },
      'k',
    );
    expect(input).toMatchObject({ plannedOn: '2026-12-05', carrier: '德邦物流' });
  });
});

describe('noticeErrorsForForm', () => {
  it("puts an error at the input's k-th line under the dialog row it came from", () => {
    const errors = [
      { code: 'VALIDATION', message: 'Only 2 are open.', path: ['input', 'lines', 0, 'quantity'] },
      { code: 'VALIDATION', message: 'Planned day is in the past.', path: ['input', 'plannedOn'] },
    ];
    expect(noticeErrorsForForm(errors, [2])).toEqual([
      { code: 'VALIDATION', message: 'Only 2 are open.', path: ['input', 'quantities', 2] },
      errors[1],
    ]);
  });
});
