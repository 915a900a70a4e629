import {
  allocateOldestFirst,
  applicationsOf,
  checkAllocation,
} from '@/features/receivables/api/allocation';

const invoices = [
  { id: 'b', openAmount: '2000.00', dueOn: '2026-11-01', issuedOn: '2026-10-01' },
  { id: 'a', openAmount: '1000.10', dueOn: '2026-10-01', issuedOn: '2026-09-01' },
  { id: 'c', openAmount: '500.00', dueOn: '2026-11-01', issuedOn: '2026-10-02' },
];

describe('allocation of a receipt', () => {
  it('pays the oldest due invoice first, then part of the next, and leaves the rest unapplied', () => {
    expect(allocateOldestFirst(invoices, '2500.30')).toEqual({ a: 1000.1, b: 1500.2, c: 0 });
    expect(allocateOldestFirst(invoices, 10_000)).toEqual({ a: 1000.1, b: 2000, c: 500 });
    expect(checkAllocation(invoices, allocateOldestFirst(invoices, 10_000), 10_000).left).toBe(
      6499.9,
    );
  });

  it('adds in fen so decimal amounts never drift', () => {
    const two = [
      { id: 'x', openAmount: '0.10', dueOn: '2026-01-01', issuedOn: '2026-01-01' },
      { id: 'y', openAmount: '0.20', dueOn: '2026-01-02', issuedOn: '2026-01-01' },
    ];
    const check = checkAllocation(two, { x: 0.1, y: 0.2 }, '0.30');
    expect(check).toEqual({
      total: 0.3,
      left: 0,
      overInvoices: [],
      overReceipt: false,
      empty: false,
    });
  });

  it("flags amounts above an invoice's open amount or above what the receipt has", () => {
    const check = checkAllocation(invoices, { a: 1000.11, b: 2000 }, 2500);
    expect(check.overInvoices).toEqual(['a']);
    expect(check.overReceipt).toBe(true);
    expect(checkAllocation(invoices, {}, 100).empty).toBe(true);
  });

  it('sends only the invoices given an amount, oldest due first', () => {
    expect(applicationsOf(invoices, { b: 5, a: 0, c: 7.5 })).toEqual([
      { invoiceId: 'b', amount: 5 },
      { invoiceId: 'c', amount: 7.5 },
    ]);
  });
});
