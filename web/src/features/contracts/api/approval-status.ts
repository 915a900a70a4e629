import { approvalLevelFor, type ApprovalThresholds } from '@/features/contracts/api/contract-draft';
import type { ApprovalLevel, ContractEventKind } from '@/gql/graphql';

/** Why a contract needs the level it needs (rule 1 of the domain; rule 2, credit, is finance's). */
export type ApprovalReason = 'MAJOR' | 'DISCOUNT' | 'REP_LIMIT' | 'CREDIT';

export interface ApprovalStatus {
  /** The discount ladder's level the contract needs, by the server's thresholds. */
  level: Exclude<ApprovalLevel, 'FINANCE'>;
  /** The rules that put it there; CREDIT once the server shows it wants finance too. */
  reasons: ApprovalReason[];
  /** Levels approved since the last submission, oldest first. */
  given: ApprovalLevel[];
  /** Who the contract waits for now; empty when it waits for nobody the history can tell. */
  waitingFor: ApprovalLevel[];
}

const ladder: ApprovalLevel[] = ['REP', 'MANAGER', 'DIRECTOR'];

interface HistoryEvent {
  kind: ContractEventKind;
  approvalLevel?: ApprovalLevel | null;
}

/**
 * Where a contract PENDING_APPROVAL stands: the level its discount and total need (from `me.approvalPolicy`'s
 * thresholds, as the editor's hint), the approvals given since it was last submitted (from its history), and who
 * it waits for. An approval at or above the needed level covers it. Finance's credit check needs figures the
 * caller may not read, so it is not predicted: when the ladder's approval is given and the contract is still
 * pending, the server is waiting for finance, and CREDIT is named then (or once finance approved).
 */
export function approvalStatus(
  contract: { agreedTotal: string | number; discountAmount: string | number },
  history: readonly HistoryEvent[],
  policy: ApprovalThresholds,
): ApprovalStatus {
  const totals = {
    agreedTotal: Number(contract.agreedTotal),
    discountAmount: Number(contract.discountAmount),
  };
  const level = approvalLevelFor(totals, policy);
  const reasons: ApprovalReason[] = [];
  if (totals.agreedTotal >= Number(policy.majorContractAmount)) reasons.push('MAJOR');
  if (totals.discountAmount >= Number(policy.repDiscountLimit)) reasons.push('DISCOUNT');
  if (!reasons.length) reasons.push('REP_LIMIT');

  let lastSubmission = -1;
  history.forEach((e, i) => {
    if (e.kind === 'SUBMITTED') lastSubmission = i;
  });
  const given = history
    .slice(lastSubmission + 1)
    .filter((e) => e.kind === 'APPROVED' && e.approvalLevel)
    .map((e) => e.approvalLevel as ApprovalLevel);

  const rank = (l: ApprovalLevel) => ladder.indexOf(l);
  const ladderDone = given.some((g) => g !== 'FINANCE' && rank(g) >= rank(level));
  const financeDone = given.includes('FINANCE');
  const waitingFor: ApprovalLevel[] = [];
  if (!ladderDone) waitingFor.push(level);
  else if (!financeDone) waitingFor.push('FINANCE');
  if (financeDone || (ladderDone && !financeDone)) reasons.push('CREDIT');
  return { level, reasons, given, waitingFor };
}
