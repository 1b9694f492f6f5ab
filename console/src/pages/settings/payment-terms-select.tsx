import type { PaymentTerms } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

/** A payment terms choice as one select value: `net:30`, `end_of_following_month`, '' (the account's). */
export function termsValue(terms: PaymentTerms | null | undefined): string {
  if (!terms) return '';
  return terms.type === 'net' ? `net:${terms.days}` : terms.type;
}

export function termsOf(value: string): PaymentTerms | null {
  if (value === '') return null;
  if (value.startsWith('net:')) return { type: 'net', days: Number(value.slice(4)) };
  return { type: value as 'due_on_receipt' | 'end_of_following_month' };
}

/**
 * Net 30, net 60, due on receipt or the end of the following month (月末締め翌月末払い); a customer
 * may also follow the account (`allowDefault`). Other net days set through the API are kept.
 */
export function PaymentTermsSelect({
  name,
  value,
  onChange,
  allowDefault = false,
}: {
  name: string;
  value: PaymentTerms | null | undefined;
  onChange: (terms: PaymentTerms | null) => void;
  allowDefault?: boolean;
}) {
  const { t } = useI18n();
  const current = termsValue(value);
  const options: [string, string][] = [
    ...(allowDefault ? ([['', t('terms.accountDefault')]] as [string, string][]) : []),
    ['due_on_receipt', t('terms.due_on_receipt')],
    ['net:30', t('terms.net30')],
    ['net:60', t('terms.net60')],
    ['end_of_following_month', t('terms.end_of_following_month')],
  ];
  if (value?.type === 'net' && ![30, 60].includes(value.days)) {
    options.push([current, `${t('terms.net')}: ${value.days}`]);
  }
  return (
    <select name={name} value={current} onChange={(e) => onChange(termsOf(e.target.value))}>
      {options.map(([v, label]) => (
        <option key={v} value={v}>
          {label}
        </option>
      ))}
    </select>
  );
}
