import { en, type MessageKey } from './en.js';
import type { Translate } from './i18n.js';

/** The kinds of API enum values the console shows translated. */
export type LabelGroup =
  | 'status'
  | 'lineType'
  | 'componentType'
  | 'balanceType'
  | 'reason'
  | 'formula'
  | 'category'
  | 'rounding'
  | 'interval'
  | 'account'
  | 'source'
  | 'object';

/**
 * An API value (`paid`, `license_fee`, `unbilled_ar`) in the reader's language. A value the
 * console does not know yet (a newer server) is shown as the API sends it rather than hidden.
 */
export function labelOf(t: Translate, group: LabelGroup, value: string | null | undefined): string {
  if (value === null || value === undefined || value === '') return '—';
  const key = `${group}.${value}`;
  return key in en ? t(key as MessageKey) : value;
}
