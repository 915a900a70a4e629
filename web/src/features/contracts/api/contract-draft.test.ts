import { approvalLevelFor, draftTotals } from '@/features/contracts/api/contract-draft';

const prices = new Map([
  ['p1', 1000],
  ['p2', 0.1],
]);

describe('draftTotals', () => {
  it('computes list and agreed totals and the discount between them', () => {
    const totals = draftTotals(
      [
        { productId: 'p1', quantity: 100, unitPrice: 200 },
        { productId: 'p2', quantity: 3, unitPrice: 0.1 },
      ],
      prices,
    );
    expect(totals).toEqual({
      listTotal: 100_000.3,
      agreedTotal: 20_000.3,
      discountAmount: 80_000,
      discountRate: 80_000 / 100_000.3,
    });
  });

  it('prices a line without an agreed price at the list price, and skips unfinished lines', () => {
    const totals = draftTotals(
      [{ productId: 'p1', quantity: 2 }, { productId: 'p1' }, { quantity: 5, unitPrice: 9 }],
      prices,
    );
    expect(totals).toMatchObject({
      listTotal: 2000,
      agreedTotal: 2000,
      discountAmount: 0,
      discountRate: 0,
    });
  });

  it('sums in fen, so ten lines of ¥0.10 make exactly ¥1.00', () => {
    const lines = Array.from({ length: 10 }, () => ({ productId: 'p2', quantity: 1 }));
    expect(draftTotals(lines, prices).listTotal).toBe(1);
  });
});

describe('approvalLevelFor', () => {
  // Not the defaults: the hint must follow whatever policy the server reports.
  const policy = {
    repDiscountLimit: 30_000,
    managerDiscountLimit: '120000',
    majorContractAmount: 800_000,
  };

  it("leaves a discount below the rep's limit to the rep", () => {
    expect(approvalLevelFor({ agreedTotal: 300_000, discountAmount: 29_999.99 }, policy)).toBe(
      'REP',
    );
  });

  it("sends a discount from the rep's limit up to the manager's to the manager", () => {
    expect(approvalLevelFor({ agreedTotal: 20_000, discountAmount: 30_000 }, policy)).toBe(
      'MANAGER',
    );
    expect(approvalLevelFor({ agreedTotal: 20_000, discountAmount: 120_000 }, policy)).toBe(
      'MANAGER',
    );
  });

  it("sends a discount above the manager's limit, or a major contract, to the director", () => {
    expect(approvalLevelFor({ agreedTotal: 500_000, discountAmount: 120_000.01 }, policy)).toBe(
      'DIRECTOR',
    );
    expect(approvalLevelFor({ agreedTotal: 800_000, discountAmount: 0 }, policy)).toBe('DIRECTOR');
    expect(approvalLevelFor({ agreedTotal: 799_999.99, discountAmount: 0 }, policy)).toBe('REP');
  });

  it('moves with the policy: the same totals need the manager under a lower rep limit', () => {
    const totals = { agreedTotal: 100_000, discountAmount: 40_000 };
    expect(approvalLevelFor(totals, { ...policy, repDiscountLimit: 50_000 })).toBe('REP');
    expect(approvalLevelFor(totals, policy)).toBe('MANAGER');
  });
});
