import { useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { Rate } from '../../api/types-catalog.js';
import { useAction } from '../../api/use-action.js';
import { ErrorNotice } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { ItemName } from '../../components/resource-name.js';
import { useI18n } from '../../i18n/i18n.js';
import { PercentageFields } from './percentage-fields.js';
import { draftOf, type PriceDraft, toPrice } from './price-draft.js';
import { PricePreview } from './price-preview.js';
import { TierBuilder } from './tier-builder.js';

/** Edits one rate's price; the preview follows every keystroke. Saving makes a new rate-card version. */
export function RateEditor({
  plan,
  rate,
  currency,
  onSaved,
}: {
  plan: { id: string; version: number };
  rate: Rate;
  currency: string;
  onSaved: () => void;
}) {
  const { t, label } = useI18n();
  const [draft, setDraft] = useState<PriceDraft>(() => draftOf(rate.price));
  const [saved, setSaved] = useState(false);
  const result = toPrice(draft);
  const save = useAction(async () => {
    if (!result.ok) return;
    await apiPost(`/v1/rate_cards/${rate.rate_card}/rates/${rate.id}`, { price: result.price });
  });
  const set = (patch: Partial<PriceDraft>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  return (
    <div className="sub-panel rate-editor" data-testid="rate-editor">
      <h3>
        {t('rate.editor')} · <ItemName id={rate.billable_item} />
      </h3>
      <div className="editor-grid">
        <div>
          <Field label={t('rate.model')}>
            <select
              name="price-type"
              value={draft.type}
              onChange={(e) => set({ type: e.target.value as PriceDraft['type'] })}
            >
              <option value="per_unit">{t('rate.per_unit')}</option>
              <option value="package">{t('rate.package')}</option>
              <option value="tiered">{t('rate.tiered')}</option>
              <option value="percentage">{t('rate.percentage')}</option>
            </select>
          </Field>
          {draft.type === 'percentage' && (
            <PercentageFields draft={draft} currency={currency} onChange={set} />
          )}
          {(draft.type === 'per_unit' || draft.type === 'package') && (
            <Field label={`${t('rate.unitAmount')} (${currency})`}>
              <input
                name="unit-amount"
                inputMode="decimal"
                value={draft.unit_amount}
                onChange={(e) => set({ unit_amount: e.target.value })}
              />
            </Field>
          )}
          {draft.type === 'package' && (
            <>
              <Field label={t('rate.packageSize')}>
                <input
                  name="package-size"
                  inputMode="decimal"
                  value={draft.package_size}
                  onChange={(e) => set({ package_size: e.target.value })}
                />
              </Field>
              <Field label={t('rate.rounding')}>
                <select
                  name="rounding"
                  value={draft.rounding}
                  onChange={(e) => set({ rounding: e.target.value as 'up' | 'down' })}
                >
                  <option value="up">{label('rounding', 'up')}</option>
                  <option value="down">{label('rounding', 'down')}</option>
                </select>
              </Field>
            </>
          )}
          {draft.type === 'tiered' && <TierBuilder draft={draft} currency={currency} onChange={set} />}
          {!result.ok && <p className="notice error">{result.problem}</p>}
          <div className="row">
            <button
              type="button"
              className="primary"
              disabled={!result.ok || save.busy}
              onClick={async () => {
                if (await save.run()) {
                  setSaved(true);
                  onSaved();
                }
              }}
            >
              {t('rate.save')}
            </button>
            {saved && <span className="ok">{t('rate.saved')}</span>}
          </div>
          {save.error && <ErrorNotice error={save.error} />}
        </div>
        <PricePreview
          plan={plan}
          rate={rate}
          price={result.ok ? result.price : undefined}
          currency={currency}
        />
      </div>
    </div>
  );
}
