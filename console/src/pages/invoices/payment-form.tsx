import { useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { Invoice } from '../../api/types.js';
import { submitting, useAction } from '../../api/use-action.js';
import { ErrorNotice } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * Records a payment received outside a processor (a bank transfer): its reference and the day it
 * arrived. The API records the full amount due; it has no partial payments or payment methods.
 */
export function PaymentForm({ invoice, onDone }: { invoice: Invoice; onDone: () => void }) {
  const { t } = useI18n();
  const f = useFormat();
  const [reference, setReference] = useState('');
  const [day, setDay] = useState(today);
  const pay = useAction(async () => {
    // Noon of the chosen day in the browser's zone, so the day never shifts across zones.
    const paidAt = new Date(`${day}T12:00:00`);
    await apiPost(`/v1/invoices/${invoice.id}/pay`, {
      ...(reference.trim() ? { reference: reference.trim() } : {}),
      ...(day && paidAt.getTime() < Date.now() ? { paid_at: paidAt.toISOString() } : {}),
    });
    onDone();
  });
  return (
    <form className="form-panel" data-testid="payment-form" onSubmit={submitting(pay.run)}>
      <h3>{t('payment.title')}</h3>
      <div className="form-grid">
        <Field label={t('payment.amount')} help={t('payment.fullOnly')}>
          <input name="payment-amount" value={f.money(invoice.amount_due, invoice.currency)} readOnly />
        </Field>
        <Field label={t('payment.reference')}>
          <input
            name="payment-reference"
            maxLength={200}
            placeholder={t('payment.referencePlaceholder')}
            value={reference}
            onChange={(e) => setReference(e.target.value)}
          />
        </Field>
        <Field label={t('payment.date')}>
          <input
            name="payment-date"
            type="date"
            max={today()}
            value={day}
            onChange={(e) => setDay(e.target.value)}
          />
        </Field>
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={pay.busy}>
          {t('payment.record')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
      {pay.error && <ErrorNotice error={pay.error} />}
    </form>
  );
}
