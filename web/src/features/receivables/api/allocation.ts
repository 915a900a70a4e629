import type { MoneyValue } from '@/utils/format';

/** An open invoice as the apply panel reads it. */
export interface OpenInvoice {
  id: string;
  openAmount: MoneyValue;
  dueOn: string;
  issuedOn: string;
}

/** Amounts per invoice id, in CNY. */
export type Allocation = Record<string, number>;

// Money is added and compared in whole fen (cents), so 0.1 + 0.2 never leaves a remainder.
const fen = (value: MoneyValue | null | undefined) => Math.round(Number(value ?? 0) * 100);
const yuan = (cents: number) => cents / 100;

/** The invoices oldest due first (then issued first), as the API applies a receipt when no list is given. */
export function oldestFirst<T extends OpenInvoice>(invoices: readonly T[]): T[] {
  return [...invoices].sort(
    (a, b) => a.dueOn.localeCompare(b.dueOn) || a.issuedOn.localeCompare(b.issuedOn),
  );
}

/** Spreads `amount` over the invoices oldest due first, each up to its open amount; the rest stays unapplied. */
export function allocateOldestFirst(
  invoices: readonly OpenInvoice[],
  amount: MoneyValue,
): Allocation {
  let left = fen(amount);
  const allocation: Allocation = {};
  for (const invoice of oldestFirst(invoices)) {
    const take = Math.max(0, Math.min(fen(invoice.openAmount), left));
    allocation[invoice.id] = yuan(take);
    left -= take;
  }
  return allocation;
}

/** What is wrong with an allocation before it is sent: invoices given more than is open, or more than the receipt has. */
export interface AllocationCheck {
  total: number;
  left: number;
  overInvoices: string[];
  overReceipt: boolean;
  empty: boolean;
}

export function checkAllocation(
  invoices: readonly OpenInvoice[],
  allocation: Allocation,
  unapplied: MoneyValue,
): AllocationCheck {
  const totalFen = invoices.reduce((sum, i) => sum + Math.max(0, fen(allocation[i.id])), 0);
  return {
    total: yuan(totalFen),
    left: yuan(fen(unapplied) - totalFen),
    overInvoices: invoices
      .filter((i) => fen(allocation[i.id]) > fen(i.openAmount))
      .map((i) => i.id),
    overReceipt: totalFen > fen(unapplied),
    empty: totalFen === 0,
  };
}

/** The `applications` of applyReceipt: the invoices with an amount above zero, oldest due first. */
export function applicationsOf(invoices: readonly OpenInvoice[], allocation: Allocation) {
  return oldestFirst(invoices)
    .filter((i) => fen(allocation[i.id]) > 0)
    .map((i) => ({ invoiceId: i.id, amount: yuan(fen(allocation[i.id])) }));
}
