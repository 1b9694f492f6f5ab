/**
 * Display formatting. Amounts arrive as decimal strings and are formatted as strings
 * (Intl.NumberFormat formats a numeric string exactly, with no float in between); the currency
 * decides the minor-unit digits (JPY 0, USD 2).
 */
type Numeric = Intl.StringNumericLiteral;

function decimalsOf(value: string): number {
  const dot = value.indexOf('.');
  return dot < 0 ? 0 : value.length - dot - 1;
}

function currencyDigits(currency: string): number {
  try {
    return (
      new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** A money amount with its currency's digits: "¥25,000", "$5,203.50". */
export function formatMoney(amount: string | null | undefined, currency: string, locale: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency }).format(amount as Numeric);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A unit price, which may be finer than the minor unit: "$0.000002" keeps its digits. */
export function formatUnitPrice(amount: string | null | undefined, currency: string, locale: string): string {
  if (amount === null || amount === undefined || amount === '') return '—';
  const digits = Math.min(20, Math.max(currencyDigits(currency), decimalsOf(amount)));
  try {
    return new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      minimumFractionDigits: currencyDigits(currency),
      maximumFractionDigits: digits,
    }).format(amount as Numeric);
  } catch {
    return `${amount} ${currency}`;
  }
}

/** A quantity: grouped, every digit kept. */
export function formatQuantity(value: string | null | undefined, locale: string): string {
  if (value === null || value === undefined || value === '') return '—';
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 20 }).format(value as Numeric);
}

const DAY: Intl.DateTimeFormatOptions = { year: 'numeric', month: 'short', day: 'numeric' };
const MINUTE: Intl.DateTimeFormatOptions = { ...DAY, hour: '2-digit', minute: '2-digit' };

function instant(
  iso: string | null | undefined,
  locale: string,
  timeZone: string,
  parts: Intl.DateTimeFormatOptions,
) {
  return iso ? new Intl.DateTimeFormat(locale, { timeZone, ...parts }).format(new Date(iso)) : '—';
}

/** A day in the account's time zone ("Mar 1, 2026", "2026年3月1日"). */
export function formatDate(iso: string | null | undefined, locale: string, timeZone: string): string {
  return instant(iso, locale, timeZone, DAY);
}

/** A day and a time in the account's time zone. */
export function formatDateTime(iso: string | null | undefined, locale: string, timeZone: string): string {
  return instant(iso, locale, timeZone, MINUTE);
}

/** A half-open period [start, end) shown as its first and last day. */
export function formatPeriod(
  start: string | undefined,
  end: string | undefined,
  locale: string,
  tz: string,
): string {
  if (!start || !end) return '—';
  const last = new Date(new Date(end).getTime() - 1).toISOString();
  return `${formatDate(start, locale, tz)} – ${formatDate(last, locale, tz)}`;
}

/** "YYYY-MM-DD" of an instant in a time zone (chart axis keys). */
export function dayKey(iso: string, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date(iso));
}

/** A decimal string with its sign flipped ("968" → "-968", "0" stays "0"): credits shown as subtractions. */
export function negated(value: string): string {
  if (/^-?0*(\.0*)?$/.test(value)) return value.replace('-', '');
  return value.startsWith('-') ? value.slice(1) : `-${value}`;
}
