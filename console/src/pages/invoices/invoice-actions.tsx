import { useState } from 'react';
import { apiDelete, apiDownload, apiPost } from '../../api/client.js';
import type { Invoice } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { ErrorNotice } from '../../components/async.js';
import { useI18n } from '../../i18n/i18n.js';
import { navigate } from '../../routing/router.js';
import { CreditNoteForm } from './credit-note-form.js';
import { PaymentForm } from './payment-form.js';

type Verb = 'finalize' | 'void' | 'mark_uncollectible';
type Form = 'payment' | 'credit-note' | undefined;

/**
 * Lifecycle buttons the invoice's status allows (src/core/billing/transitions.ts): a draft is
 * finalized, never voided; an open or uncollectible invoice is paid or voided; an open or paid
 * one is credited. A one-off draft (billing_reason `manual`) can be deleted; a subscription's
 * draft cannot (the API answers 409 invoice_not_deletable).
 */
export function InvoiceActions({ invoice, onChanged }: { invoice: Invoice; onChanged: () => void }) {
  const { t } = useI18n();
  const [form, setForm] = useState<Form>();
  const transition = useAction(async (verb: Verb) => {
    await apiPost(`/v1/invoices/${invoice.id}/${verb}`);
    onChanged();
  });
  const remove = useAction(async () => {
    await apiDelete(`/v1/invoices/${invoice.id}`);
    navigate('/invoices');
  });
  const download = useAction((kind: 'pdf' | 'receipt') =>
    apiDownload(
      `/v1/invoices/${invoice.id}/${kind}`,
      `${invoice.number ?? invoice.id}${kind === 'receipt' ? '-receipt' : ''}.pdf`,
    ),
  );
  const s = invoice.status;
  const payable = s === 'open' || s === 'uncollectible';
  const toggle = (next: Form) => setForm((f) => (f === next ? undefined : next));
  const done = () => {
    setForm(undefined);
    onChanged();
  };
  return (
    <div className="actions">
      <div className="row">
        {s === 'draft' && (
          <button
            type="button"
            className="primary"
            disabled={transition.busy}
            onClick={() => transition.run('finalize')}
          >
            {t('invoice.finalize')}
          </button>
        )}
        {s === 'draft' && invoice.billing_reason === 'manual' && (
          <button
            type="button"
            className="danger"
            data-testid="delete-invoice"
            disabled={remove.busy}
            onClick={() => window.confirm(t('invoice.confirmDelete')) && remove.run()}
          >
            {t('invoice.delete')}
          </button>
        )}
        {payable && (
          <button
            type="button"
            className="primary"
            data-testid="record-payment"
            onClick={() => toggle('payment')}
          >
            {t('payment.title')}
          </button>
        )}
        {(s === 'open' || s === 'paid') && (
          <button type="button" onClick={() => toggle('credit-note')}>
            {t('invoice.creditNote')}
          </button>
        )}
        {s === 'open' && (
          <button
            type="button"
            disabled={transition.busy}
            onClick={() =>
              window.confirm(t('invoice.confirmUncollectible')) && transition.run('mark_uncollectible')
            }
          >
            {t('invoice.markUncollectible')}
          </button>
        )}
        {payable && (
          <button
            type="button"
            className="danger"
            data-testid="void-invoice"
            disabled={transition.busy}
            onClick={() => window.confirm(t('invoice.confirmVoid')) && transition.run('void')}
          >
            {t('invoice.void')}
          </button>
        )}
        <button
          type="button"
          data-testid="download-pdf"
          disabled={download.busy}
          onClick={() => download.run('pdf')}
        >
          {t('invoice.downloadPdf')}
        </button>
        {s === 'paid' && (
          <button type="button" disabled={download.busy} onClick={() => download.run('receipt')}>
            {t('invoice.downloadReceipt')}
          </button>
        )}
      </div>
      {s === 'draft' && <p className="muted small">{t('invoice.draftNote')}</p>}
      {transition.error && <ErrorNotice error={transition.error} />}
      {remove.error && <ErrorNotice error={remove.error} />}
      {download.error && <ErrorNotice error={download.error} />}
      {form === 'payment' && <PaymentForm invoice={invoice} onDone={done} />}
      {form === 'credit-note' && <CreditNoteForm invoice={invoice} onDone={done} />}
    </div>
  );
}
