import type { Invoice, List } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { PAYMENT_METHODS, type PaymentMethod } from './payment-form.js';

export interface InvoicePayment {
  id: string;
  amount: string;
  currency: string;
  method: string;
  reference: string | null;
  paid_at: string;
}

/** Amount paid and remaining, and every payment recorded (oldest first). */
export function PaymentsPanel({ invoice }: { invoice: Invoice }) {
  const { t } = useI18n();
  const f = useFormat();
  const state = useApi<List<InvoicePayment>>(`/v1/invoices/${encodeURIComponent(invoice.id)}/payments`);
  const method = (m: string) =>
    (PAYMENT_METHODS as readonly string[]).includes(m) ? t(`payment.method.${m as PaymentMethod}`) : m;
  return (
    <Panel title={t('payment.payments')} testId="invoice-payments">
      <dl className="facts">
        <dt>{t('payment.paid')}</dt>
        <dd data-testid="amount-paid">{f.money(invoice.amount_paid ?? '0', invoice.currency)}</dd>
        <dt>{t('payment.remaining')}</dt>
        <dd data-testid="amount-remaining">
          {f.money(invoice.amount_remaining ?? invoice.amount_due, invoice.currency)}
        </dd>
      </dl>
      <Async state={state}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(p) => p.id}
            columns={[
              { header: t('payment.date'), cell: (p) => f.date(p.paid_at), nowrap: true },
              { header: t('payment.method'), cell: (p) => method(p.method) },
              { header: t('payment.reference'), cell: (p) => p.reference ?? '—' },
              { header: t('common.amount'), cell: (p) => f.money(p.amount, p.currency), align: 'right' },
            ]}
          />
        )}
      </Async>
    </Panel>
  );
}
