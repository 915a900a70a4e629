import {
  addDays,
  formatDate,
  formatDateTime,
  formatInteger,
  formatMoney,
  moneyInputFormat,
  toDateOnly,
} from '@/utils/format';

describe('formatMoney', () => {
  it('shows yuan with thousands separators and two decimals in Chinese', () => {
    expect(formatMoney(1234567.5, 'zh-CN')).toBe('¥1,234,567.50');
  });

  it('marks the currency as CN¥ in English', () => {
    expect(formatMoney(50000, 'en')).toBe('CN¥50,000.00');
  });

  it('keeps large decimal strings exact instead of rounding through a float', () => {
    expect(formatMoney('98765432109876.54', 'zh-CN')).toBe('¥98,765,432,109,876.54');
  });

  it('rounds to cents and keeps the sign of refunds', () => {
    expect(formatMoney('-0.125', 'zh-CN')).toBe('-¥0.13');
  });
});

describe('formatDate', () => {
  it('shows a calendar date in Chinese', () => {
    expect(formatDate('2026-03-05', 'zh-CN')).toBe('2026年3月5日');
  });

  it('shows a calendar date in English', () => {
    expect(formatDate('2026-03-05', 'en')).toBe('Mar 5, 2026');
  });
});

describe('formatDateTime', () => {
  it('shows date and time of an instant in the given time zone', () => {
    expect(formatDateTime('2026-03-05T06:30:00Z', 'en', 'Asia/Shanghai')).toBe(
      'Mar 5, 2026, 2:30 PM',
    );
    expect(formatDateTime('2026-03-05T06:30:00Z', 'zh-CN', 'Asia/Shanghai')).toBe(
      '2026年3月5日 14:30',
    );
  });
});

describe('formatInteger', () => {
  it('groups thousands', () => {
    expect(formatInteger(12345, 'en')).toBe('12,345');
  });
});

describe('calendar dates', () => {
  it('writes the local day as a DateOnly', () => {
    expect(toDateOnly(new Date(2026, 0, 9, 23, 30))).toBe('2026-01-09');
  });

  it('moves across month and year ends', () => {
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2026-01-31', -91)).toBe('2025-11-01');
  });
});

describe('moneyInputFormat', () => {
  it('groups the integer part only and reads the number back', () => {
    expect(moneyInputFormat.formatter('1234567.5678')).toBe('1,234,567.5678');
    expect(moneyInputFormat.formatter(420100000)).toBe('420,100,000');
    expect(moneyInputFormat.parser('¥1,234,567.50')).toBe(1234567.5);
  });
});
