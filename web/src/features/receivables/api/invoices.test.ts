import { describe, expect, it } from 'vitest';
import { invoiceWhere } from '@/features/receivables/api/invoices';

describe('invoice filter', () => {
  it('lists unsettled invoices past due by default', () => {
    expect(invoiceWhere({ age: 'overdue' }, '2026-03-31')).toEqual({
      and: [{ settledOn: { eq: null } }, { dueOn: { lt: '2026-03-31' } }],
    });
  });

  it('narrows to one age bucket and a number, upper-cased as numbers are stored', () => {
    expect(invoiceWhere({ age: 'over90Days', number: ' fp-2026 ' }, '2026-03-31')).toEqual({
      and: [
        { settledOn: { eq: null } },
        { dueOn: { lte: '2025-12-30' } },
        { number: { contains: 'FP-2026' } },
      ],
    });
  });

  it('shows every open invoice, due or not, when asked', () => {
    expect(invoiceWhere({ age: 'open' }, '2026-03-31')).toEqual({
      and: [{ settledOn: { eq: null } }],
    });
  });
});
