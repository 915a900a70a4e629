import { useApprovalPolicy } from '@/features/contracts/api/approval-policy';
import { approvalStatus, type ApprovalStatus } from '@/features/contracts/api/approval-status';
import type { ApprovalFacts } from '@/features/contracts/components/contract-approval-status';
import type { ApprovalLevel } from '@/gql/graphql';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

/** The approval state of a contract PENDING_APPROVAL, by the server's policy; null while the policy loads. */
export function useApprovalStatus(facts: Omit<ApprovalFacts, 'status'>): ApprovalStatus | null {
  const policy = useApprovalPolicy();
  return policy.data ? approvalStatus(facts, facts.history, policy.data) : null;
}

/** Who may act at a level, from the policy's approver roles. */
function useApproverNames() {
  const policy = useApprovalPolicy();
  const label = useEnumLabel();
  return (level: ApprovalLevel) => {
    const roles =
      level === 'FINANCE'
        ? policy.data?.creditApproverRoles
        : policy.data?.levels.find((l) => l.level === level)?.approverRoles;
    return (roles ?? []).map((r) => label('staffRole', r)).join(' / ');
  };
}

/** The waiting list as short text, for a table cell and its CSV. */
export function useWaitingText() {
  const { t } = useI18n();
  const label = useEnumLabel();
  const approvers = useApproverNames();
  return (status: ApprovalStatus | null) =>
    status
      ? status.waitingFor.length
        ? status.waitingFor.map((l) => `${label('approvalLevel', l)} (${approvers(l)})`).join(', ')
        : t('contracts.approval.nobody')
      : '';
}
