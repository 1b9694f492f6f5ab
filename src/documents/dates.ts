import { DateTime } from 'luxon';
import type { DocumentLang } from './document-input.js';

/** A day in the account's zone: "2026年3月1日" or "Mar 1, 2026". */
export function day(iso: string, zone: string, lang: DocumentLang): string {
  const dt = DateTime.fromISO(iso, { zone });
  return lang === 'ja' ? dt.toFormat('yyyy年M月d日') : dt.setLocale('en-US').toFormat('LLL d, yyyy');
}

/** A half-open period [start, end) as its first and last day. */
export function period(start: string, end: string, zone: string, lang: DocumentLang): string {
  const last = DateTime.fromISO(end, { zone }).minus({ milliseconds: 1 }).toISO() ?? end;
  const from = day(start, zone, lang);
  const to = day(last, zone, lang);
  return from === to ? from : `${from} – ${to}`;
}
