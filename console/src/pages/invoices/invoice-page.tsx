import type { Invoice } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { Panel } from '../../components/panel.js';
import { CustomerName } from '../../components/resource-name.js';
import { StatusBadge } from '../../components/status-badge.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { CreditNotesPanel } from './credit-notes-panel.js';
import { DueDate } from './due-date.js';
import { InvoiceActions } from './invoice-actions.js';
import { InvoiceLines } from './invoice-lines.js';
import { InvoiceTotals } from './invoice-totals.js';
import { PaymentsPanel } from './payments-panel.js';

export function InvoicePage({ id }: { id: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const state = useApi<Invoice>(`/v1/invoices/${encodeURIComponent(id)}`);
  return (
    <div className="page">
      <Link to="/invoices" className="back">
        ← {t('nav.invoices')}
      </Link>
      <Async state={state}>
        {(inv) => (
          <>
            <h1>
              {inv.number ?? inv.id} <StatusBadge status={inv.status} />
            </h1>
            <dl className="facts">
              <dt>{t('invoices.customer')}</dt>
              <dd>
                <Link to={`/customers/${inv.customer}`}>
                  <CustomerName id={inv.customer} />
                </Link>
              </dd>
              <dt>{t('common.period')}</dt>
              <dd>{f.period(inv.period_start, inv.period_end)}</dd>
              <dt>{t('common.currency')}</dt>
              <dd>{inv.currency}</dd>
              {inv.finalized_at && (
                <>
                  <dt>{t('invoice.issued')}</dt>
                  <dd>{f.date(inv.finalized_at)}</dd>
                </>
              )}
              {inv.due_date && (
                <>
                  <dt>{t('invoice.dueDate')}</dt>
                  <dd>
                    <DueDate invoice={inv} />
                  </dd>
                </>
              )}
              {inv.paid_at && (
                <>
                  <dt>{t('invoice.paidAt')}</dt>
                  <dd data-testid="paid-at">
                    {f.date(inv.paid_at)}
                    {inv.payment_reference && <span className="tag">{inv.payment_reference}</span>}
                  </dd>
                </>
              )}
            </dl>
            <InvoiceActions invoice={inv} onChanged={state.reload} />
            <Panel title={t('invoice.lines')} testId="invoice-lines">
              <InvoiceLines invoice={inv} />
              <InvoiceTotals invoice={inv} />
            </Panel>
            {inv.status !== 'draft' && (
              <PaymentsPanel key={`${inv.amount_paid}-${inv.status}`} invoice={inv} />
            )}
            <CreditNotesPanel invoice={inv} />
          </>
        )}
      </Async>
    </div>
  );
}
