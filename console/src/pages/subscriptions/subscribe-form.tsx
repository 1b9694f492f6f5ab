import { useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { Customer, List } from '../../api/types.js';
import type { PricingPlan } from '../../api/types-catalog.js';
import { submitting, useAction } from '../../api/use-action.js';
import { useApi } from '../../api/use-api.js';
import { ErrorNotice, Loading } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { SubmitRow } from '../../components/submit-row.js';
import { useI18n } from '../../i18n/i18n.js';
import { CommitmentFields, commitmentBody, commitmentsValid, NO_COMMITMENTS } from './commitment-fields.js';
import { usePlanFees } from './plan-fees.js';
import type { Quantities } from './proration.js';
import { configurations, QuantityFields, quantitiesValid } from './quantity-fields.js';

/** Subscribes the customer to a plan's live version, now or from a later day. */
export function SubscribeForm({ customer, onDone }: { customer: Customer; onDone: () => void }) {
  const { t } = useI18n();
  const plans = useApi<List<PricingPlan>>('/v1/pricing_plans?limit=100');
  const choices = (plans.data?.data ?? [])
    .filter((p) => p.status !== 'archived')
    // The customer's currency first: a plan in another currency is possible but rarely meant.
    .sort((a, b) => Number(b.currency === customer.currency) - Number(a.currency === customer.currency));
  const [picked, setPicked] = useState<string | undefined>();
  const planId = picked ?? choices[0]?.id;
  const [start, setStart] = useState('');
  const [quantities, setQuantities] = useState<Quantities>({});
  const [commitments, setCommitments] = useState(NO_COMMITMENTS);
  const fees = usePlanFees(planId);
  const save = useAction(async () => {
    if (!planId || !fees.data) return;
    await apiPost('/v1/subscriptions', {
      customer: customer.id,
      pricing_plan: planId,
      component_configurations: configurations(fees.data.fees, quantities),
      ...(start ? { start_date: new Date(`${start}T00:00:00`).toISOString() } : {}),
      ...commitmentBody(commitments, fees.data.currency),
    });
    onDone();
  });
  if (plans.error) return <ErrorNotice error={plans.error} />;
  if (!plans.data) return <Loading />;
  return (
    <form className="form-panel" data-testid="subscribe-form" onSubmit={submitting(save.run)}>
      <h3>{t('subs.subscribe')}</h3>
      <div className="form-grid">
        <Field label={t('customer.plan')}>
          <select name="plan" value={planId} onChange={(e) => setPicked(e.target.value)}>
            {choices.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name} ({p.currency})
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('subs.startDate')} help={t('subs.startHelp')}>
          <input name="start-date" type="date" value={start} onChange={(e) => setStart(e.target.value)} />
        </Field>
      </div>
      {fees.error && <ErrorNotice error={fees.error} />}
      {fees.data && (
        <QuantityFields
          fees={fees.data.fees}
          currency={fees.data.currency}
          quantities={quantities}
          onChange={setQuantities}
        />
      )}
      {fees.data && (
        <CommitmentFields draft={commitments} currency={fees.data.currency} onChange={setCommitments} />
      )}
      <SubmitRow
        label={t('subs.subscribe')}
        disabled={
          save.busy ||
          !fees.data ||
          !quantitiesValid(fees.data.fees, quantities) ||
          !commitmentsValid(commitments)
        }
        onCancel={onDone}
        error={save.error}
      />
    </form>
  );
}
