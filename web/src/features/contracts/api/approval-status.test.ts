import {
  mayApprove,
  mayReject,
  waitingSteps,
  type ApprovalState,
} from '@/features/contracts/api/approval-status';

const policy = {
  creditApproverRoles: ['FINANCE'] as const,
  levels: [
    { level: 'REP', approverRoles: ['SALES_REP', 'REGIONAL_MANAGER', 'DIRECTOR'] },
    { level: 'MANAGER', approverRoles: ['REGIONAL_MANAGER', 'DIRECTOR'] },
    { level: 'DIRECTOR', approverRoles: ['DIRECTOR'] },
  ] as const,
};

const people = [
  { id: 'd', name: '总监', role: 'DIRECTOR' },
  { id: 'm', name: '经理', role: 'REGIONAL_MANAGER' },
  { id: 'f', name: '财务', role: 'FINANCE' },
] as const;

const state = (over: Partial<ApprovalState>): ApprovalState => ({
  level: 'MANAGER',
  rules: ['DISCOUNT'],
  needsFinance: false,
  given: [],
  waitingFor: ['MANAGER'],
  approvers: people,
  ...over,
});

describe('waitingSteps', () => {
  it('puts the manager before the director under the manager level, and leaves finance out of it', () => {
    expect(waitingSteps(state({}), policy)).toEqual([
      { level: 'MANAGER', roles: ['REGIONAL_MANAGER', 'DIRECTOR'], people: ['经理', '总监'] },
    ]);
  });

  it('lists the ladder and finance as two steps when both are missing, each with its own people', () => {
    const steps = waitingSteps(
      state({ waitingFor: ['DIRECTOR', 'FINANCE'], needsFinance: true }),
      policy,
    );
    expect(steps).toEqual([
      { level: 'DIRECTOR', roles: ['DIRECTOR'], people: ['总监'] },
      { level: 'FINANCE', roles: ['FINANCE'], people: ['财务'] },
    ]);
  });

  it('waits for nobody once nothing is missing', () => {
    expect(waitingSteps(state({ waitingFor: [], given: ['MANAGER'] }), policy)).toEqual([]);
  });

  it('names the roles even when the server lists no active person for them', () => {
    expect(waitingSteps(state({ waitingFor: ['FINANCE'], approvers: [] }), policy)).toEqual([
      { level: 'FINANCE', roles: ['FINANCE'], people: [] },
    ]);
  });
});

describe('mayApprove', () => {
  it('offers the approval to the people the server names, and to nobody else', () => {
    expect(mayApprove(state({}), 'm')).toBe(true);
    expect(mayApprove(state({}), 'rep-1')).toBe(false);
    expect(mayApprove(state({}), undefined)).toBe(false);
    expect(mayApprove(null, 'm')).toBe(false);
  });
});

describe('mayReject', () => {
  it('lets a role that reaches the level reject, but not one below it', () => {
    expect(mayReject(state({}), 'REGIONAL_MANAGER', policy)).toBe(true);
    expect(mayReject(state({}), 'DIRECTOR', policy)).toBe(true);
    expect(mayReject(state({}), 'SALES_REP', policy)).toBe(false);
  });

  it('lets finance reject only when the credit check applies', () => {
    expect(mayReject(state({}), 'FINANCE', policy)).toBe(false);
    expect(mayReject(state({ needsFinance: true, rules: ['CREDIT'] }), 'FINANCE', policy)).toBe(
      true,
    );
  });

  it('still lets the manager reject after approving while finance is awaited', () => {
    const waitingForFinance = state({
      needsFinance: true,
      given: ['MANAGER'],
      waitingFor: ['FINANCE'],
      approvers: [people[2]],
    });
    expect(mayReject(waitingForFinance, 'REGIONAL_MANAGER', policy)).toBe(true);
    expect(mayApprove(waitingForFinance, 'm')).toBe(false);
  });
});
