import { Field } from '../../components/field.js';
import { useI18n } from '../../i18n/i18n.js';
import type { PriceDraft } from './price-draft.js';

/** The fields of a percentage price: the percent, then the optional per-event parts (empty: none). */
export function PercentageFields({
  draft,
  currency,
  onChange,
}: {
  draft: PriceDraft;
  currency: string;
  onChange: (patch: Partial<PriceDraft>) => void;
}) {
  const { t } = useI18n();
  const parts = [
    ['fixed_amount_per_event', 'rate.fixedPerEvent'],
    ['min_per_event', 'rate.minPerEvent'],
    ['max_per_event', 'rate.maxPerEvent'],
  ] as const;
  return (
    <>
      <Field label={t('rate.percent')}>
        <input
          name="percentage"
          inputMode="decimal"
          value={draft.percentage}
          onChange={(e) => onChange({ percentage: e.target.value })}
        />
      </Field>
      {parts.map(([key, text]) => (
        <Field key={key} label={`${t(text)} (${currency})`}>
          <input
            name={key.replaceAll('_', '-')}
            inputMode="decimal"
            value={draft[key]}
            placeholder={t('rate.none')}
            onChange={(e) => onChange({ [key]: e.target.value })}
          />
        </Field>
      ))}
    </>
  );
}
