import type { PriceTier } from '../../api/types.js';
import { Field } from '../../components/field.js';
import { useI18n } from '../../i18n/i18n.js';
import { addTier, type PriceDraft, removeTier } from './price-draft.js';

/** Tiers as rows; the last one is always unbounded. */
export function TierBuilder({
  draft,
  currency,
  onChange,
}: {
  draft: PriceDraft;
  currency: string;
  onChange: (patch: Partial<PriceDraft>) => void;
}) {
  const { t } = useI18n();
  const setTier = (index: number, patch: Partial<PriceTier>) =>
    onChange({ tiers: draft.tiers.map((tier, i) => (i === index ? { ...tier, ...patch } : tier)) });
  return (
    <div className="tier-builder" data-testid="tier-builder">
      <Field label={t('rate.tiersMode')}>
        <select
          name="tiers-mode"
          value={draft.tiers_mode}
          onChange={(e) => onChange({ tiers_mode: e.target.value as PriceDraft['tiers_mode'] })}
        >
          <option value="graduated">{t('rate.graduated')}</option>
          <option value="volume">{t('rate.volume')}</option>
        </select>
      </Field>
      <table className="table compact">
        <thead>
          <tr>
            <th>{t('rate.upTo')}</th>
            <th>
              {t('rate.unitAmount')} ({currency})
            </th>
            <th>
              {t('rate.flatAmount')} ({currency})
            </th>
            <th />
          </tr>
        </thead>
        <tbody>
          {draft.tiers.map((tier, i) => {
            const last = i === draft.tiers.length - 1;
            return (
              // Tiers have no identity but their position; the list is edited in place.
              // biome-ignore lint/suspicious/noArrayIndexKey: rows are positional
              <tr key={i}>
                <td>
                  {last ? (
                    <span className="muted">{t('rate.unbounded')}</span>
                  ) : (
                    <input
                      name={`tier-${i}-up-to`}
                      inputMode="decimal"
                      value={tier.up_to ?? ''}
                      onChange={(e) => setTier(i, { up_to: e.target.value })}
                    />
                  )}
                </td>
                <td>
                  <input
                    name={`tier-${i}-unit-amount`}
                    inputMode="decimal"
                    value={tier.unit_amount}
                    onChange={(e) => setTier(i, { unit_amount: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    name={`tier-${i}-flat-amount`}
                    inputMode="decimal"
                    value={tier.flat_amount}
                    onChange={(e) => setTier(i, { flat_amount: e.target.value })}
                  />
                </td>
                <td>
                  {draft.tiers.length > 1 && (
                    <button
                      type="button"
                      className="small"
                      onClick={() => onChange({ tiers: removeTier(draft.tiers, i) })}
                    >
                      {t('common.remove')}
                    </button>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <button type="button" className="small" onClick={() => onChange({ tiers: addTier(draft.tiers) })}>
        {t('rate.addTier')}
      </button>
    </div>
  );
}
