import { useState } from 'react';
import { apiDownload, apiPost } from '../../api/client.js';
import type { Invoice } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { ErrorNotice } from '../../components/async.js';
import { useI18n } from '../../i18n/i18n.js';
import { CreditNoteForm } from './credit-note-form.js';

/** Lifecycle buttons allowed by the invoice's status, and the document downloads. */
export function InvoiceActions({ invoice, onChanged }: { invoice: Invoice; onChanged: () => void }) {
  const { t } = useI18n();
  const [creditNote, setCreditNote] = useState(false);
  const transition = useAction(async (verb: 'finalize' | 'pay' | 'void') => {
    await apiPost(`/v1/invoices/${invoice.id}/${verb}`);
    onChanged();
  });
  const download = useAction((kind: 'pdf' | 'receipt') =>
    apiDownload(
      `/v1/invoices/${invoice.id}/${kind}`,
      `${invoice.number ?? invoice.id}${kind === 'receipt' ? '-receipt' : ''}.pdf`,
    ),
  );
  const s = invoice.status;
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
        {s === 'open' && (
          <button
            type="button"
            className="primary"
            disabled={transition.busy}
            onClick={() => transition.run('pay')}
          >
            {t('invoice.pay')}
          </button>
        )}
        {(s === 'open' || s === 'draft') && (
          <button
            type="button"
            className="danger"
            disabled={transition.busy}
            onClick={() => window.confirm(t('invoice.confirmVoid')) && transition.run('void')}
          >
            {t('invoice.void')}
          </button>
        )}
        {(s === 'open' || s === 'paid') && (
          <button type="button" onClick={() => setCreditNote((v) => !v)}>
            {t('invoice.creditNote')}
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
      {transition.error && <ErrorNotice error={transition.error} />}
      {download.error && <ErrorNotice error={download.error} />}
      {creditNote && (
        <CreditNoteForm
          invoice={invoice}
          onDone={() => {
            setCreditNote(false);
            onChanged();
          }}
        />
      )}
    </div>
  );
}
