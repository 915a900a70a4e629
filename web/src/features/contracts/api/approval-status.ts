import type { ApprovalLevel, ApprovalRule, StaffRole } from '@/gql/graphql';

/** `Contract.approvalState` as the server computes it (the level, the rules, what is missing, who may act). */
export interface ApprovalState {
  level: ApprovalLevel;
  rules: readonly ApprovalRule[];
  needsFinance: boolean;
  given: readonly ApprovalLevel[];
  waitingFor: readonly ApprovalLevel[];
  approvers: readonly { id: string; name: string; role: StaffRole }[];
}

/** The roles per level, as `me.approvalPolicy` names them. */
export interface ApproverRoles {
  creditApproverRoles: readonly StaffRole[];
  levels: readonly { level: ApprovalLevel; approverRoles: readonly StaffRole[] }[];
}

export interface WaitingStep {
  level: ApprovalLevel;
  /** The roles that may give this approval, the level's own role first. */
  roles: StaffRole[];
  /** The names of the people the server says may give it (one approver can cover several steps). */
  people: string[];
}

/**
 * Each approval a contract still waits for, with the roles and the people who may give it: finance's credit
 * approval goes to the credit approver roles, a ladder level to the roles that reach it. Both lists come from the
 * server (`approvalState.approvers`, `me.approvalPolicy`); this only sorts the people under the step they can give.
 */
export function waitingSteps(state: ApprovalState, policy: ApproverRoles): WaitingStep[] {
  return state.waitingFor.map((level) => {
    const roles = [
      ...(level === 'FINANCE'
        ? policy.creditApproverRoles
        : (policy.levels.find((l) => l.level === level)?.approverRoles ?? [])),
    ];
    const people = state.approvers
      .filter((a) => roles.includes(a.role))
      .sort((a, b) => roles.indexOf(a.role) - roles.indexOf(b.role))
      .map((a) => a.name);
    return { level, roles, people };
  });
}

/**
 * Whether the caller may approve a pending contract now: the server lists who may give a missing approval
 * (`approvalState.approvers`), so the button shows for them only, not for everyone holding `approveContract`.
 */
export function mayApprove(state: ApprovalState | null | undefined, staffId: string | undefined) {
  return !!state && !!staffId && state.approvers.some((a) => a.id === staffId);
}

/**
 * Whether a role may reject a pending contract: any approver it needs (the server's rule) — a role that reaches
 * its ladder level, or a credit approver when the credit check applies — even after its own approval is in.
 */
export function mayReject(
  state: ApprovalState | null | undefined,
  role: StaffRole | null | undefined,
  policy: ApproverRoles | undefined,
) {
  if (!state || !role || !policy) return false;
  const ladder = policy.levels.find((l) => l.level === state.level)?.approverRoles ?? [];
  return ladder.includes(role) || (state.needsFinance && policy.creditApproverRoles.includes(role));
}
