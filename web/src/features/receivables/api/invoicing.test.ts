import { describe, expect, it } from 'vitest';
import { invoiceableTotal } from '@/features/receivables/api/invoicing';

describe('invoiceableTotal', () => {
  const shipments = [
    { id: 'a', invoiceableAmount: '1000.10' },
    { id: 'b', invoiceableAmount: 250.2 },
    { id: 'c', invoiceableAmount: '0' },
  ];

  it('adds what the chosen shipments leave to invoice, to the fen', () => {
    expect(invoiceableTotal(shipments, ['a', 'b'], 10_000)).toBe(1250.3);
    expect(invoiceableTotal(shipments, ['b'], 10_000)).toBe(250.2);
    expect(invoiceableTotal(shipments, [], 10_000)).toBe(0);
  });

  it('never proposes more than the contract leaves to invoice', () => {
    expect(invoiceableTotal(shipments, ['a', 'b'], 1200)).toBe(1200);
  });
});
