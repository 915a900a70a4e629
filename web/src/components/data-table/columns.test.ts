import { describe, expect, it } from 'vitest';
import { dateColumn, moneyColumn, percentColumn } from '@/components/data-table/columns';

describe('figure columns', () => {
  const row = { amount: '1234567.5', rate: '0.125', none: null };

  it('shows CNY with separators and exports the plain number', () => {
    const column = moneyColumn<typeof row>({
      key: 'a',
      title: 'A',
      value: (r) => r.amount,
      locale: 'zh-CN',
    });
    expect(column.align).toBe('right');
    expect(column.render(row)).toBe('¥1,234,567.50');
    expect(column.csv(row)).toBe(1234567.5);
  });

  it('shows a missing figure as a dash on screen and an empty CSV cell', () => {
    const column = percentColumn<typeof row>({
      key: 'n',
      title: 'N',
      value: (r) => r.none,
      locale: 'en',
    });
    expect(column.render(row)).toBe('–');
    expect(column.csv(row)).toBeNull();
    const rate = percentColumn<typeof row>({
      key: 'r',
      title: 'R',
      value: (r) => r.rate,
      locale: 'en',
    });
    expect(rate.render(row)).toBe('12.5%');
  });
});

describe('date columns', () => {
  it('localizes the day on screen and keeps the ISO date in the CSV', () => {
    const column = dateColumn<{ on: string | null }>({
      key: 'on',
      title: 'On',
      value: (r) => r.on,
      locale: 'en',
    });
    expect(column.render({ on: '2026-03-05' })).toBe('Mar 5, 2026');
    expect(column.csv({ on: '2026-03-05' })).toBe('2026-03-05');
    expect(column.render({ on: null })).toBeNull();
  });
});
