import type { MoneyValue } from '@/utils/format';

export interface TargetGap {
  target: number;
  sales: number;
  /** What is still to sell to reach the target; 0 once reached. */
  gap: number;
  /** Sales beyond the target; 0 while short of it. */
  ahead: number;
  reached: boolean;
}

/** The rep's target gap of a period: target − sales, or null when no target is set for it. */
export function targetGap(
  target: MoneyValue | null | undefined,
  sales: MoneyValue | null | undefined,
): TargetGap | null {
  if (target == null) return null;
  const t = Number(target);
  const s = Number(sales ?? 0);
  if (!Number.isFinite(t) || !Number.isFinite(s)) return null;
  const diff = Math.round((t - s) * 100) / 100;
  return {
    target: t,
    sales: s,
    gap: Math.max(diff, 0),
    ahead: Math.max(-diff, 0),
    reached: diff <= 0,
  };
}
