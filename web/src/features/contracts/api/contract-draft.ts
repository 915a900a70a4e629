import type { ApprovalPolicy } from '@/features/contracts/api/approval-policy';
import type { ApprovalLevel } from '@/gql/graphql';

/** A line as the editor holds it while the user types; any part may still be missing. */
export interface DraftLine {
  productId?: string | null;
  quantity?: number | null;
  unitPrice?: number | string | null;
}

export interface DraftTotals {
  listTotal: number;
  agreedTotal: number;
  discountAmount: number;
  /** discount ÷ list total; 0 when the list total is 0. */
  discountRate: number;
}

/** The thresholds of the approval ladder, as `me.approvalPolicy` reports them. */
export type ApprovalThresholds = Pick<
  ApprovalPolicy,
  'repDiscountLimit' | 'managerDiscountLimit' | 'majorContractAmount'
>;

const cents = (value: number) => Math.round(value * 100);

/**
 * The totals the server will compute, live while the user edits: Σ quantity × list price, Σ quantity × agreed
 * price, and the discount between them. Money is summed in whole fen so 0.1 + 0.2 stays 0.30.
 */
export function draftTotals(
  lines: readonly DraftLine[],
  listPrices: ReadonlyMap<string, number>,
): DraftTotals {
  let list = 0;
  let agreed = 0;
  for (const line of lines) {
    const quantity = Number(line.quantity ?? 0);
    const listPrice = line.productId ? listPrices.get(line.productId) : undefined;
    const unitPrice = Number(line.unitPrice ?? listPrice ?? 0);
    if (
      !Number.isFinite(quantity) ||
      quantity <= 0 ||
      listPrice === undefined ||
      !Number.isFinite(unitPrice)
    )
      continue;
    list += quantity * cents(listPrice);
    agreed += quantity * cents(unitPrice);
  }
  const discount = list - agreed;
  return {
    listTotal: list / 100,
    agreedTotal: agreed / 100,
    discountAmount: discount / 100,
    discountRate: list > 0 ? discount / list : 0,
  };
}

/**
 * Who will have to approve a contract with these totals, by the server's policy (rule 1 of the domain): a major
 * contract or a discount above the manager's limit goes to the director, a discount from the rep's limit on to
 * the manager. A hint while typing; the server decides on submit.
 */
export function approvalLevelFor(
  totals: Pick<DraftTotals, 'agreedTotal' | 'discountAmount'>,
  policy: ApprovalThresholds,
): Exclude<ApprovalLevel, 'FINANCE'> {
  if (totals.agreedTotal >= Number(policy.majorContractAmount)) return 'DIRECTOR';
  if (totals.discountAmount > Number(policy.managerDiscountLimit)) return 'DIRECTOR';
  if (totals.discountAmount >= Number(policy.repDiscountLimit)) return 'MANAGER';
  return 'REP';
}
