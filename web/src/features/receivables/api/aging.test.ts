import { describe, expect, it } from 'vitest';
import { agingSeries, bucketDueRange } from '@/features/receivables/api/aging';

describe('aging buckets', () => {
  it('maps each bucket to the due dates of its invoices', () => {
    expect(bucketDueRange('days0To30', '2026-03-31')).toEqual({
      gte: '2026-03-01',
      lte: '2026-03-30',
    });
    expect(bucketDueRange('days31To60', '2026-03-31')).toEqual({
      gte: '2026-01-30',
      lte: '2026-02-28',
    });
    expect(bucketDueRange('days61To90', '2026-03-31')).toEqual({
      gte: '2025-12-31',
      lte: '2026-01-29',
    });
    expect(bucketDueRange('over90Days', '2026-03-31')).toEqual({ lte: '2025-12-30' });
  });

  it('lists the buckets in order, not yet due first', () => {
    const series = agingSeries({
      notDue: '10.5',
      days0To30: 1,
      days31To60: '2',
      days61To90: 0,
      over90Days: '400',
    });
    expect(series.map((s) => s.bucket)).toEqual([
      'notDue',
      'days0To30',
      'days31To60',
      'days61To90',
      'over90Days',
    ]);
    expect(series.map((s) => s.amount)).toEqual([10.5, 1, 2, 0, 400]);
  });
});
