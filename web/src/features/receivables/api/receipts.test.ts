import { financeInvoiceWhere } from '@/features/receivables/api/receipts';

describe('the invoice list filter', () => {
  it('shows unpaid invoices (open or partly paid) by default, one status, or all', () => {
    expect(financeInvoiceWhere({ status: 'UNPAID' })).toEqual({
      and: [{ status: { in: ['OPEN', 'PARTLY_PAID'] } }],
    });
    expect(financeInvoiceWhere({ status: 'PAID', number: ' fp-2026 ' })).toEqual({
      and: [{ status: { eq: 'PAID' } }, { number: { contains: 'FP-2026' } }],
    });
    expect(financeInvoiceWhere({ status: 'ALL' })).toBeNull();
  });
});
