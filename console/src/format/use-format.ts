import { useMemo } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';
import {
  formatDate,
  formatDateTime,
  formatMoney,
  formatPeriod,
  formatQuantity,
  formatUnitPrice,
} from './format.js';

/** Formatters bound to the chosen language and the account's time zone. */
export function useFormat() {
  const { locale } = useI18n();
  const { timeZone } = useSession();
  return useMemo(
    () => ({
      money: (amount: string | null | undefined, currency: string) => formatMoney(amount, currency, locale),
      unit: (amount: string | null | undefined, currency: string) =>
        formatUnitPrice(amount, currency, locale),
      quantity: (value: string | null | undefined) => formatQuantity(value, locale),
      date: (iso: string | null | undefined) => formatDate(iso, locale, timeZone),
      dateTime: (iso: string | null | undefined) => formatDateTime(iso, locale, timeZone),
      period: (start?: string, end?: string) => formatPeriod(start, end, locale, timeZone),
      timeZone,
    }),
    [locale, timeZone],
  );
}
