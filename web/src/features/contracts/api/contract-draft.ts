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

export type ApprovalLevel = 'REP' | 'MANAGER' | 'DIRECTOR';

/** The policy defaults of DOMAIN.md rule 1; the server applies the configured values and has the last word. */
export const approvalPolicy = {
  repDiscountLimit: 50_000,
  managerDiscountLimit: 200_000,
  majorContract: 1_000_000,
} as const;

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

/** Who will have to approve a contract with these totals, by the policy defaults. */
export function approvalLevelFor(
  totals: Pick<DraftTotals, 'agreedTotal' | 'discountAmount'>,
): ApprovalLevel {
  if (totals.agreedTotal >= approvalPolicy.majorContract) return 'DIRECTOR';
  if (totals.discountAmount > approvalPolicy.managerDiscountLimit) return 'DIRECTOR';
  if (totals.discountAmount >= approvalPolicy.repDiscountLimit) return 'MANAGER';
  return 'REP';
}
