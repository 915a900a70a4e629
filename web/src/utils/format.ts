import type { Locale } from '@/lib/i18n/messages';

/** A money amount as the API sends it: a decimal string (exact) or a number. */
export type MoneyValue = string | number;

const moneyFormats = new Map<Locale, Intl.NumberFormat>();

/**
 * Formats CNY with thousands separators and exactly 2 decimals, in the user's locale.
 * Decimal strings are passed to Intl unchanged, so large amounts are not rounded through a float.
 */
export function formatMoney(amount: MoneyValue, locale: Locale): string {
  let format = moneyFormats.get(locale);
  if (!format) {
    format = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'CNY',
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
    });
    moneyFormats.set(locale, format);
  }
  // Intl accepts exact decimal strings at runtime (ES2023); the DOM typings still say number.
  return format.format(amount as number);
}

const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Formats a calendar date (`2026-03-05`) or an instant (ISO string or Date) as a date, in the user's locale.
 * A calendar date is shown as that day everywhere: it is not shifted by the browser's time zone.
 */
export function formatDate(value: string | Date, locale: Locale): string {
  const isCalendarDate = typeof value === 'string' && dateOnly.test(value);
  const date = typeof value === 'string' ? new Date(value) : value;
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeZone: isCalendarDate ? 'UTC' : undefined,
  }).format(date);
}

/** Formats an instant with date and time in the browser's time zone, in the user's locale. */
export function formatDateTime(value: string | Date, locale: Locale, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone,
  }).format(typeof value === 'string' ? new Date(value) : value);
}

/** Formats a rate (0.125) as a percentage (12.5%) in the user's locale. */
export function formatPercent(rate: MoneyValue, locale: Locale, fractionDigits = 1): string {
  return new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: fractionDigits,
    maximumFractionDigits: fractionDigits,
  }).format(Number(rate));
}

/** A number of days with one decimal place (DSO: 45.3). */
export function formatDays(value: MoneyValue, locale: Locale): string {
  return new Intl.NumberFormat(locale, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(Number(value));
}

/** Formats a count (customers, contracts) with thousands separators in the user's locale. */
export function formatInteger(value: MoneyValue, locale: Locale): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(Number(value));
}

/** A calendar date (`2026-03-05`) of the browser's local day, the form the API's DateOnly takes. */
export function toDateOnly(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The calendar date `days` after (or before, when negative) a DateOnly. */
export function addDays(dateOnly: string, days: number): string {
  const [y, m, d] = dateOnly.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d + days));
  return date.toISOString().slice(0, 10);
}

/**
 * Thousands separators in a money input (antd InputNumber `formatter`/`parser`), so a typed ¥1,200,000.00
 * reads as it is shown everywhere else; the value the form keeps is the plain number.
 */
export const moneyInputFormat = {
  formatter: (value: number | string | undefined) =>
    value === undefined || value === ''
      ? ''
      : String(value).replace(/^(-?\d+)/, (whole) => whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')),
  parser: (text: string | undefined) => Number((text ?? '').replace(/[^\d.-]/g, '')),
};
