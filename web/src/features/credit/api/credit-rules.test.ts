import { creditRule } from '@/features/credit/api/credit-rules';

const policy = [
  { grade: 'A' as const, creditLimit: '5000000.00', paymentTermDays: 90 },
  { grade: 'B' as const, creditLimit: '1000000.00', paymentTermDays: 60 },
];
const customer = (creditOverride: boolean | null) => ({
  id: 'c',
  code: 'C000001',
  name: '客户',
  grade: 'C' as const,
  creditOverride,
});

describe('creditRule', () => {
  it("gives the new grade's policy to a customer without explicit terms", () => {
    expect(creditRule({ toGrade: 'B', customer: customer(false) }, policy)).toEqual({
      kind: 'policy',
      creditLimit: '1000000.00',
      paymentTermDays: 60,
    });
  });

  it("keeps finance's explicit terms", () => {
    expect(creditRule({ toGrade: 'A', customer: customer(true) }, policy)).toEqual({
      kind: 'keeps',
    });
  });

  it('says when the new grade has no policy', () => {
    expect(creditRule({ toGrade: 'C', customer: customer(false) }, policy)).toEqual({
      kind: 'none',
    });
    expect(creditRule({ toGrade: 'A', customer: customer(null) }, undefined)).toEqual({
      kind: 'none',
    });
  });
});
