import type { MoneyValue } from '@/utils/format';

type Decimal = MoneyValue | null | undefined;

/** A decimal from the API as a number for charts (display goes through the formatters, not this). */
export const chartNumber = (value: Decimal): number => (value == null ? 0 : Number(value));

export interface MonthPoint {
  month: number;
  sales: number;
  target: number;
  collected: number;
}

/**
 * One point per month of the period, in order; months without contracts, payments or targets show as 0
 * rather than missing from the axis.
 */
export function monthlySeries(
  months: readonly number[],
  rows: readonly {
    month?: number | null;
    salesAmount: MoneyValue;
    target?: Decimal;
    collectedAmount?: Decimal;
  }[],
): MonthPoint[] {
  const byMonth = new Map(rows.map((row) => [row.month, row]));
  return months.map((month) => {
    const row = byMonth.get(month);
    return {
      month,
      sales: chartNumber(row?.salesAmount),
      target: chartNumber(row?.target),
      collected: chartNumber(row?.collectedAmount),
    };
  });
}

export interface AchievementRow {
  id: string;
  name: string;
  sales: MoneyValue;
  target: Decimal;
  /** salesAmount ÷ target, null without a target. */
  rate: Decimal;
}

/** Rows of a region or rep breakdown, best achievement first; rows without a target go last, by sales. */
export function rankByAchievement<Row>(
  rows: readonly Row[],
  pick: (row: Row) => AchievementRow | null,
): AchievementRow[] {
  return rows
    .map(pick)
    .filter((row): row is AchievementRow => row !== null)
    .sort((a, b) => {
      if (a.rate == null || b.rate == null) {
        if (a.rate != null) return -1;
        if (b.rate != null) return 1;
        return chartNumber(b.sales) - chartNumber(a.sales);
      }
      return chartNumber(b.rate) - chartNumber(a.rate);
    });
}
