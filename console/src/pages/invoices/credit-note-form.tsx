import { type FormEvent, useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { Invoice } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { ErrorNotice } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { useI18n } from '../../i18n/i18n.js';

const REASONS = ['order_change', 'product_unsatisfactory', 'duplicate', 'fraudulent', 'other'] as const;

/** Credits part or all of a finalized invoice. The amount stays a decimal string. */
export function CreditNoteForm({ invoice, onDone }: { invoice: Invoice; onDone: () => void }) {
  const { t, label } = useI18n();
  const [amount, setAmount] = useState(invoice.total);
  const [reason, setReason] = useState<(typeof REASONS)[number]>('order_change');
  const [memo, setMemo] = useState('');
  const create = useAction(() =>
    apiPost('/v1/credit_notes', { invoice: invoice.id, amount, reason, ...(memo ? { memo } : {}) }),
  );
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (await create.run()) onDone();
  }
  return (
    <form className="inline-form" onSubmit={submit}>
      <Field label={`${t('invoice.creditNoteAmount')} (${invoice.currency})`}>
        <input
          name="credit-amount"
          inputMode="decimal"
          pattern="[0-9]+(\.[0-9]+)?"
          value={amount}
          onChange={(e) => setAmount(e.target.value)}
        />
      </Field>
      <Field label={t('invoice.creditNoteReason')}>
        <select
          name="credit-reason"
          value={reason}
          onChange={(e) => setReason(e.target.value as (typeof REASONS)[number])}
        >
          {REASONS.map((r) => (
            <option key={r} value={r}>
              {label('reason', r)}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t('invoice.creditNoteMemo')}>
        <input name="credit-memo" value={memo} onChange={(e) => setMemo(e.target.value)} />
      </Field>
      <button type="submit" className="primary" disabled={create.busy}>
        {t('common.create')}
      </button>
      {create.error && <ErrorNotice error={create.error} />}
    </form>
  );
}
