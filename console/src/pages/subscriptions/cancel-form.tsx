import { useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { Subscription } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { ErrorNotice } from '../../components/async.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { ProrationOutlook } from './change-plan-form.js';
import { usePlanFees } from './plan-fees.js';
import { ProrationFields, type Timing } from './proration-fields.js';
import { subscriptionProration } from './sub-proration.js';

/** Cancels now (final invoice; unused fee time credited) or at the end of the current period. */
export function CancelForm({ sub, onDone }: { sub: Subscription; onDone: () => void }) {
  const { t } = useI18n();
  const f = useFormat();
  const [timing, setTiming] = useState<Timing>({ effective: 'period_end', behavior: 'create_prorations' });
  const fees = usePlanFees(sub.pricing_plan, sub.pricing_plan_version);
  const currency = fees.data?.currency ?? sub.currency ?? 'USD';
  const cancel = useAction(async () => {
    await apiPost(`/v1/subscriptions/${sub.id}/cancel`, {
      at: timing.effective,
      ...(timing.effective === 'now' ? { proration_behavior: timing.behavior } : {}),
    });
    onDone();
  });
  const preview = subscriptionProration(sub, fees.data?.fees, [], {}, currency);
  const question =
    timing.effective === 'now'
      ? t('subs.confirmCancelNow')
      : t('subs.confirmCancelAtEnd', { date: f.date(sub.current_period_end) });
  return (
    <div className="form-panel" data-testid="cancel-form">
      <h3>{t('subs.cancel')}</h3>
      <ProrationFields timing={timing} onChange={setTiming} />
      {timing.effective === 'period_end' ? (
        <p className="notice muted">{t('subs.cancelAtEndNote', { date: f.date(sub.current_period_end) })}</p>
      ) : (
        <ProrationOutlook sub={sub} timing={timing} preview={preview} currency={currency} />
      )}
      <div className="row">
        <button
          type="button"
          className="danger"
          data-testid="confirm-cancel"
          disabled={cancel.busy}
          onClick={() => window.confirm(question) && cancel.run()}
        >
          {timing.effective === 'now' ? t('subs.cancelNow') : t('subs.cancelAtEnd')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.back')}
        </button>
      </div>
      {cancel.error && <ErrorNotice error={cancel.error} />}
    </div>
  );
}
