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

export const PAYMENT_METHODS = ['bank_transfer', 'card', 'cash', 'check', 'stripe', 'other'] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];

/** The decimal string typed, trimmed, with thousands separators dropped; never a JS number. */
export function paymentAmount(text: string): string {
  return text.trim().replace(/,/g, '');
}

/**
 * Records a payment received outside a processor (a bank transfer): the amount (what is left by
 * default; less for a partial payment), the method, a reference and the day it arrived.
 */
export function PaymentForm({ invoice, onDone }: { invoice: Invoice; onDone: () => void }) {
  const { t } = useI18n();
  const f = useFormat();
  const [amount, setAmount] = useState(invoice.amount_remaining ?? invoice.amount_due);
  const [method, setMethod] = useState<PaymentMethod>('bank_transfer');
  const [reference, setReference] = useState('');
  const [day, setDay] = useState(today);
  const pay = useAction(async () => {
    // Noon of the chosen day in the browser's zone, so the day never shifts across zones.
    const paidAt = new Date(`${day}T12:00:00`);
    const value = paymentAmount(amount);
    await apiPost(`/v1/invoices/${invoice.id}/pay`, {
      ...(value ? { amount: value } : {}),
      method,
      ...(reference.trim() ? { reference: reference.trim() } : {}),
      ...(day && paidAt.getTime() < Date.now() ? { paid_at: paidAt.toISOString() } : {}),
    });
    onDone();
  });
  return (
    <form className="form-panel" data-testid="payment-form" onSubmit={submitting(pay.run)}>
      <h3>{t('payment.title')}</h3>
      <div className="form-grid">
        <Field
          label={`${t('payment.amount')} (${invoice.currency.toUpperCase()})`}
          help={`${t('payment.remaining')}: ${f.money(invoice.amount_remaining ?? invoice.amount_due, invoice.currency)}`}
        >
          <input
            name="payment-amount"
            inputMode="decimal"
            value={amount}
            onChange={(e) => setAmount(e.target.value)}
          />
        </Field>
        <Field label={t('payment.method')}>
          <select
            name="payment-method"
            value={method}
            onChange={(e) => setMethod(e.target.value as PaymentMethod)}
          >
            {PAYMENT_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`payment.method.${m}`)}
              </option>
            ))}
          </select>
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
