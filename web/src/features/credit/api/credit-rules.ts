import type { CreditPolicyRow, GradeProposalRow } from '@/features/credit/api/credit';

/** What an approval does to the customer's credit terms, as decision 030 states it; shown before the director decides. */
export type CreditRule =
  | { kind: 'keeps' }
  | { kind: 'none' }
  | { kind: 'policy'; creditLimit: string; paymentTermDays: number };

/**
 * The terms a proposal's customer takes on approval: finance's explicit terms stay (`creditOverride`); otherwise the
 * new grade's policy. `unknown` override (the caller may not read it) is treated as following the policy.
 */
export function creditRule(
  proposal: Pick<GradeProposalRow, 'toGrade' | 'customer'>,
  policy: readonly Pick<CreditPolicyRow, 'grade' | 'creditLimit' | 'paymentTermDays'>[] | undefined,
): CreditRule {
  if (proposal.customer?.creditOverride) return { kind: 'keeps' };
  const row = policy?.find((p) => p.grade === proposal.toGrade);
  if (!row) return { kind: 'none' };
  return {
    kind: 'policy',
    creditLimit: String(row.creditLimit),
    paymentTermDays: row.paymentTermDays,
  };
}
