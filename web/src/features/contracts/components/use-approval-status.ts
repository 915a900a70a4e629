import { useApprovalPolicy } from '@/features/contracts/api/approval-policy';
import { waitingSteps, type ApprovalState } from '@/features/contracts/api/approval-status';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';

/**
 * What a contract waits for as short text, for the page, a table cell and its CSV: each missing approval with the
 * roles that may give it and the people the server names, e.g. "Manager (Regional manager / Director: 王东, 李总)".
 */
export function useWaitingText() {
  const { t } = useI18n();
  const label = useEnumLabel();
  const policy = useApprovalPolicy();
  return (state: ApprovalState | null | undefined) => {
    if (!state || !policy.data) return '';
    const steps = waitingSteps(state, policy.data);
    if (!steps.length) return t('contracts.approval.nobody');
    return steps
      .map((s) => {
        const roles = s.roles.map((r) => label('staffRole', r)).join(' / ');
        return `${label('approvalLevel', s.level)} (${roles}${s.people.length ? `: ${s.people.join(', ')}` : ''})`;
      })
      .join('; ');
  };
}
