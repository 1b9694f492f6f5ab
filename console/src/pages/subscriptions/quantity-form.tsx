import { useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { Subscription } from '../../api/types.js';
import { submitting, useAction } from '../../api/use-action.js';
import { ErrorNotice, Loading } from '../../components/async.js';
import { useI18n } from '../../i18n/i18n.js';
import { ProrationOutlook } from './change-plan-form.js';
import { usePlanFees } from './plan-fees.js';
import type { Quantities } from './proration.js';
import { ProrationFields, type Timing } from './proration-fields.js';
import { configurations, QuantityFields, quantitiesValid } from './quantity-fields.js';
import { currentQuantities, subscriptionProration } from './sub-proration.js';

/** Changes the license-fee quantities (seats…) of a subscription, prorated like a plan change. */
export function QuantityForm({ sub, onDone }: { sub: Subscription; onDone: () => void }) {
  const { t } = useI18n();
  const fees = usePlanFees(sub.pricing_plan, sub.pricing_plan_version);
  const [quantities, setQuantities] = useState<Quantities>(() => currentQuantities(sub));
  const [timing, setTiming] = useState<Timing>({ effective: 'now', behavior: 'create_prorations' });
  const currency = fees.data?.currency ?? sub.currency ?? 'USD';
  const valid = fees.data ? quantitiesValid(fees.data.fees, quantities) : false;
  const save = useAction(async () => {
    if (!fees.data) return;
    await apiPost(`/v1/subscriptions/${sub.id}`, {
      component_configurations: configurations(fees.data.fees, quantities),
      effective_at: timing.effective,
      proration_behavior: timing.behavior,
    });
    onDone();
  });
  const preview = valid
    ? subscriptionProration(sub, fees.data?.fees, fees.data?.fees, quantities, currency)
    : undefined;
  if (fees.error) return <ErrorNotice error={fees.error} />;
  if (!fees.data) return <Loading />;
  return (
    <form className="form-panel" data-testid="quantity-form" onSubmit={submitting(save.run)}>
      <h3>{t('subs.quantities')}</h3>
      <QuantityFields
        fees={fees.data.fees}
        currency={currency}
        quantities={quantities}
        onChange={setQuantities}
      />
      <ProrationFields timing={timing} onChange={setTiming} />
      <ProrationOutlook sub={sub} timing={timing} preview={preview} currency={currency} />
      <div className="row">
        <button
          type="submit"
          className="primary"
          disabled={save.busy || !valid || fees.data.fees.length === 0}
        >
          {t('common.save')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {save.error && <ErrorNotice error={save.error} />}
    </form>
  );
}
