import { describe, expect, it } from 'vitest';
import { monthlySeries, rankByAchievement } from '@/features/dashboard/api/kpi-shaping';

describe('monthly series', () => {
  it('puts every month of the period on the axis, zero where the API sent no row', () => {
    const series = monthlySeries(
      [4, 5, 6],
      [
        { month: 6, salesAmount: '1200.50', target: 1000, collectedAmount: null },
        { month: 4, salesAmount: 300, target: '500', collectedAmount: '250' },
      ],
    );
    expect(series).toEqual([
      { month: 4, sales: 300, target: 500, collected: 250 },
      { month: 5, sales: 0, target: 0, collected: 0 },
      { month: 6, sales: 1200.5, target: 1000, collected: 0 },
    ]);
  });
});

describe('ranking by achievement', () => {
  it('orders by rate, rows without a target last by sales, and drops rows without a key', () => {
    const rows = [
      { id: 'a', sales: '100', target: '200', rate: '0.5' },
      { id: 'b', sales: '900', target: null, rate: null },
      { id: 'c', sales: '300', target: '200', rate: '1.5' },
      { id: null, sales: '5', target: null, rate: null },
      { id: 'd', sales: '950', target: null, rate: null },
    ];
    const ranked = rankByAchievement(rows, (r) =>
      r.id
        ? { id: r.id, name: r.id.toUpperCase(), sales: r.sales, target: r.target, rate: r.rate }
        : null,
    );
    expect(ranked.map((r) => r.id)).toEqual(['c', 'a', 'd', 'b']);
  });
});
