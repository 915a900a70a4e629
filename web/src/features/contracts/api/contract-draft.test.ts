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
  it('lets the rep decide a discount below ¥50,000', () => {
    expect(approvalLevelFor({ agreedTotal: 300_000, discountAmount: 49_999.99 })).toBe('REP');
  });

  it('sends an ¥80,000 discount to the manager', () => {
    expect(approvalLevelFor({ agreedTotal: 20_000, discountAmount: 80_000 })).toBe('MANAGER');
  });

  it('sends a discount above ¥200,000 or a contract of ¥1,000,000 to the director', () => {
    expect(approvalLevelFor({ agreedTotal: 500_000, discountAmount: 200_000.01 })).toBe('DIRECTOR');
    expect(approvalLevelFor({ agreedTotal: 1_000_000, discountAmount: 0 })).toBe('DIRECTOR');
  });
});
