import { useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { List, Subscription } from '../../api/types.js';
import type { PricingPlan } from '../../api/types-catalog.js';
import { submitting, useAction } from '../../api/use-action.js';
import { useApi } from '../../api/use-api.js';
import { ErrorNotice, Loading } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { useI18n } from '../../i18n/i18n.js';
import { usePlanFees } from './plan-fees.js';
import type { ProrationPreview, Quantities } from './proration.js';
import { ProrationFields, type Timing } from './proration-fields.js';
import { ProrationTable } from './proration-table.js';
import { configurations, QuantityFields, quantitiesValid } from './quantity-fields.js';
import { currentQuantities, subscriptionProration } from './sub-proration.js';

/** Moves a subscription to another plan of its currency, showing the proration before saving. */
export function ChangePlanForm({ sub, onDone }: { sub: Subscription; onDone: () => void }) {
  const { t } = useI18n();
  const plans = useApi<List<PricingPlan>>('/v1/pricing_plans?limit=100');
  const choices = (plans.data?.data ?? []).filter(
    (p) =>
      p.id !== sub.pricing_plan && p.status !== 'archived' && (!sub.currency || p.currency === sub.currency),
  );
  const [picked, setPicked] = useState<string | undefined>();
  const planId = picked ?? choices[0]?.id;
  const [timing, setTiming] = useState<Timing>({ effective: 'now', behavior: 'create_prorations' });
  const [quantities, setQuantities] = useState<Quantities>(() => currentQuantities(sub));
  const oldFees = usePlanFees(sub.pricing_plan, sub.pricing_plan_version);
  const newFees = usePlanFees(planId);
  const currency = newFees.data?.currency ?? sub.currency ?? 'USD';
  const save = useAction(async () => {
    if (!planId || !newFees.data) return;
    await apiPost(`/v1/subscriptions/${sub.id}/change_plan`, {
      pricing_plan: planId,
      effective_at: timing.effective,
      proration_behavior: timing.behavior,
      component_configurations: configurations(newFees.data.fees, quantities),
    });
    onDone();
  });
  const valid = newFees.data ? quantitiesValid(newFees.data.fees, quantities) : false;
  const preview = valid
    ? subscriptionProration(sub, oldFees.data?.fees, newFees.data?.fees, quantities, currency)
    : undefined;
  if (plans.error) return <ErrorNotice error={plans.error} />;
  if (!plans.data) return <Loading />;
  if (choices.length === 0) return <p className="notice muted">{t('subs.noOtherPlan')}</p>;
  return (
    <form className="form-panel" data-testid="change-plan-form" onSubmit={submitting(save.run)}>
      <h3>{t('subs.changePlan')}</h3>
      <div className="form-grid">
        <Field label={t('customer.plan')}>
          <select name="new-plan" value={planId} onChange={(e) => setPicked(e.target.value)}>
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ProrationFields timing={timing} onChange={setTiming} />
      {newFees.error && <ErrorNotice error={newFees.error} />}
      {newFees.data && (
        <QuantityFields
          fees={newFees.data.fees}
          currency={currency}
          quantities={quantities}
          onChange={setQuantities}
        />
      )}
      <ProrationOutlook sub={sub} timing={timing} preview={preview} currency={currency} />
      <div className="row">
        <button type="submit" className="primary" disabled={save.busy || !valid}>
          {t('subs.changePlan')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {save.error && <ErrorNotice error={save.error} />}
    </form>
  );
}

/** The preview table for a change now; a sentence for a change at period end or without proration. */
export function ProrationOutlook({
  sub,
  timing,
  preview,
  currency,
}: {
  sub: Subscription;
  timing: Timing;
  preview: ProrationPreview | undefined;
  currency: string;
}) {
  const { t } = useI18n();
  if (timing.effective === 'period_end' || !sub.current_period_end)
    return <p className="notice muted">{t('subs.atPeriodEndNote')}</p>;
  if (timing.behavior === 'none') return <p className="notice muted">{t('subs.noProrationNote')}</p>;
  if (!preview) return <Loading />;
  return (
    <>
      <ProrationTable preview={preview} currency={currency} />
      <p className="muted small">
        {t(timing.behavior === 'always_invoice' ? 'subs.invoicedNow' : 'subs.onNextInvoice')}
      </p>
    </>
  );
}
