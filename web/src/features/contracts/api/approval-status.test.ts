import { approvalStatus } from '@/features/contracts/api/approval-status';

const policy = {
  repDiscountLimit: '50000',
  managerDiscountLimit: '200000',
  majorContractAmount: '1000000',
};
const submitted = [{ kind: 'CREATED' as const }, { kind: 'SUBMITTED' as const }];

describe('approvalStatus', () => {
  it('sends a discount from the rep limit on to the manager, and waits for the manager', () => {
    const s = approvalStatus({ agreedTotal: 320000, discountAmount: 80000 }, submitted, policy);
    expect(s).toEqual({
      level: 'MANAGER',
      reasons: ['DISCOUNT'],
      given: [],
      waitingFor: ['MANAGER'],
    });
  });

  it('names a major contract as the director’s, whatever its discount', () => {
    const s = approvalStatus({ agreedTotal: 1000000, discountAmount: 0 }, submitted, policy);
    expect(s.level).toBe('DIRECTOR');
    expect(s.reasons).toEqual(['MAJOR']);
  });

  it('names a discount above the manager limit as the director’s', () => {
    const s = approvalStatus({ agreedTotal: 500000, discountAmount: 250000 }, submitted, policy);
    expect(s).toMatchObject({ level: 'DIRECTOR', reasons: ['DISCOUNT'], waitingFor: ['DIRECTOR'] });
  });

  it('leaves a small discount to the rep', () => {
    const s = approvalStatus({ agreedTotal: 90000, discountAmount: 10000 }, submitted, policy);
    expect(s).toMatchObject({ level: 'REP', reasons: ['REP_LIMIT'], waitingFor: ['REP'] });
  });

  it('counts a higher level as covering a lower one, and then waits for finance (credit)', () => {
    const s = approvalStatus(
      { agreedTotal: 320000, discountAmount: 80000 },
      [...submitted, { kind: 'APPROVED', approvalLevel: 'DIRECTOR' }],
      policy,
    );
    expect(s).toEqual({
      level: 'MANAGER',
      reasons: ['DISCOUNT', 'CREDIT'],
      given: ['DIRECTOR'],
      waitingFor: ['FINANCE'],
    });
  });

  it('still waits for the ladder when finance approved first', () => {
    const s = approvalStatus(
      { agreedTotal: 320000, discountAmount: 80000 },
      [...submitted, { kind: 'APPROVED', approvalLevel: 'FINANCE' }],
      policy,
    );
    expect(s.waitingFor).toEqual(['MANAGER']);
    expect(s.reasons).toContain('CREDIT');
  });

  it('forgets approvals given before a rejection and resubmission', () => {
    const s = approvalStatus(
      { agreedTotal: 320000, discountAmount: 80000 },
      [
        ...submitted,
        { kind: 'APPROVED', approvalLevel: 'MANAGER' },
        { kind: 'REJECTED' },
        { kind: 'UPDATED' },
        { kind: 'SUBMITTED' },
      ],
      policy,
    );
    expect(s.given).toEqual([]);
    expect(s.waitingFor).toEqual(['MANAGER']);
  });
});
