import { useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { Subscription } from '../../api/types.js';
import { submitting, useAction } from '../../api/use-action.js';
import { Field } from '../../components/field.js';
import { SubmitRow } from '../../components/submit-row.js';
import { useI18n } from '../../i18n/i18n.js';
import { commitmentsValid, NO_COMMITMENTS } from './commitment-fields.js';

/**
 * Sets, changes or removes (empty) a subscription's minimum spend per period
 * (`POST /v1/subscriptions/{id}` with `minimum`); it applies from the period that closes next.
 */
export function MinimumForm({ sub, onDone }: { sub: Subscription; onDone: () => void }) {
  const { t } = useI18n();
  const currency = sub.currency ?? sub.minimum?.currency ?? 'USD';
  const [amount, setAmount] = useState(sub.minimum?.amount ?? '');
  const save = useAction(async () => {
    await apiPost(`/v1/subscriptions/${sub.id}`, {
      minimum: amount.trim() ? { amount: amount.trim(), currency } : null,
    });
    onDone();
  });
  return (
    <form className="form-panel" data-testid="minimum-form" onSubmit={submitting(save.run)}>
      <h3>{t('subs.commitments')}</h3>
      <div className="form-grid">
        <Field label={t('subs.minimumField', { currency })} help={t('subs.minimumEditHelp')}>
          <input
            name="minimum"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
      </div>
      <SubmitRow
        label={t('common.save')}
        disabled={save.busy || !commitmentsValid({ ...NO_COMMITMENTS, minimum: amount })}
        onCancel={onDone}
        error={save.error}
      />
    </form>
  );
}
