import type { CreditPolicyRow, GradeProposalRow } from '@/features/credit/api/credit';
import { creditRule } from '@/features/credit/api/credit-rules';
import { useEnumLabel } from '@/lib/i18n/enum-label';
import { useI18n } from '@/lib/i18n/i18n-provider';
import { formatMoney } from '@/utils/format';

/** The credit terms the customer will have once the proposal is approved, in words. */
export function useCreditRuleText(policy: readonly CreditPolicyRow[] | undefined) {
  const { t, locale } = useI18n();
  const label = useEnumLabel();
  return (proposal: Pick<GradeProposalRow, 'toGrade' | 'customer'>) => {
    const rule = creditRule(proposal, policy);
    if (rule.kind === 'keeps') return t('credit.keepsTerms');
    if (rule.kind === 'none')
      return t('credit.noPolicy', { grade: label('customerGrade', proposal.toGrade) });
    return t('credit.policyTerms', {
      limit: formatMoney(rule.creditLimit, locale),
      days: rule.paymentTermDays,
      grade: proposal.toGrade,
    });
  };
}
