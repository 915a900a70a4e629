import { describe, expect, it } from 'vitest';
import {
  changeKind,
  currentPeriod,
  describePeriod,
  periodMonths,
  toKpiPeriod,
} from '@/features/dashboard/api/kpi-period';

const may5 = new Date(2026, 4, 5);

describe('kpi periods', () => {
  it('finds the year, quarter and month containing today', () => {
    expect(currentPeriod('year', may5)).toEqual({ kind: 'year', year: 2026 });
    expect(currentPeriod('quarter', may5)).toEqual({ kind: 'quarter', year: 2026, quarter: 2 });
    expect(currentPeriod('month', may5)).toEqual({ kind: 'month', year: 2026, month: 5 });
  });

  it('sends only the fields of the chosen kind to the API', () => {
    expect(toKpiPeriod({ kind: 'year', year: 2025, quarter: 3, month: 8 })).toEqual({ year: 2025 });
    expect(toKpiPeriod({ kind: 'quarter', year: 2025, quarter: 3 })).toEqual({
      year: 2025,
      quarter: 3,
    });
    expect(toKpiPeriod({ kind: 'month', year: 2025, month: 8 })).toEqual({ year: 2025, month: 8 });
  });

  it('lists the months a period covers', () => {
    expect(periodMonths({ kind: 'year', year: 2026 })).toHaveLength(12);
    expect(periodMonths({ kind: 'quarter', year: 2026, quarter: 4 })).toEqual([10, 11, 12]);
    expect(periodMonths({ kind: 'month', year: 2026, month: 2 })).toEqual([2]);
  });

  it('switches the kind within the chosen period', () => {
    expect(changeKind({ kind: 'quarter', year: 2026, quarter: 1 }, 'month', may5)).toEqual({
      kind: 'month',
      year: 2026,
      month: 1,
    });
    expect(changeKind({ kind: 'month', year: 2026, month: 11 }, 'quarter', may5)).toEqual({
      kind: 'quarter',
      year: 2026,
      quarter: 4,
    });
  });

  it('keeps a past year when the kind changes, starting at its first quarter or month', () => {
    expect(changeKind({ kind: 'year', year: 2024 }, 'quarter', may5)).toEqual({
      kind: 'quarter',
      year: 2024,
      quarter: 1,
    });
    expect(changeKind({ kind: 'quarter', year: 2024, quarter: 3 }, 'month', may5)).toEqual({
      kind: 'month',
      year: 2024,
      month: 7,
    });
    expect(changeKind({ kind: 'year', year: 2026 }, 'month', may5)).toEqual({
      kind: 'month',
      year: 2026,
      month: 5,
    });
  });

  it('describes a period in the user language', () => {
    expect(describePeriod({ kind: 'quarter', year: 2026, quarter: 2 }, 'en')).toBe('2026 Q2');
    expect(describePeriod({ kind: 'month', year: 2026, month: 3 }, 'en')).toBe('March 2026');
    expect(describePeriod({ kind: 'month', year: 2026, month: 3 }, 'zh-CN')).toBe('2026年3月');
  });
});
