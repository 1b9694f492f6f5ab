import type { Invoice } from '../../api/types.js';
import { negated } from '../../format/format.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * One tax rate's label: its own name ("消費税 10%" already says it is a tax), or "Tax 10%" for a
 * rate without one. The percentage is added unless the name already ends with it.
 */
export function taxName(displayName: string | undefined, percentage: string, tax: string): string {
  const name = displayName?.trim() || tax;
  const pct = `${percentage}%`;
  return name.replace(/\s+/g, '').endsWith(pct) ? name : `${name} ${pct}`;
}

/**
 * Subtotal → credits → tax (per rate) → total → customer balance → amount due (DESIGN 4). Credits and
 * balance are what the invoice takes off, so they are shown as subtractions.
 */
export function InvoiceTotals({ invoice: inv }: { invoice: Invoice }) {
  const { t } = useI18n();
  const f = useFormat();
  const m = (v: string | undefined) => f.money(v, inv.currency);
  return (
    <dl className="totals" data-testid="invoice-totals">
      <dt>{t('invoice.subtotal')}</dt>
      <dd>{m(inv.subtotal)}</dd>
      <dt>{t('invoice.credits')}</dt>
      <dd>{m(negated(inv.credits_applied))}</dd>
      {(inv.tax_breakdown ?? []).map((row) => (
        <div key={`${row.tax_rate ?? row.percentage}`} className="totals-row sub">
          <dt>
            {taxName(row.display_name, row.percentage, t('invoice.tax'))} ({t('invoice.taxable')}{' '}
            {m(row.taxable_amount)})
          </dt>
          <dd>{m(row.amount)}</dd>
        </div>
      ))}
      <dt>{t('invoice.tax')}</dt>
      <dd>{m(inv.tax)}</dd>
      <dt>{t('common.total')}</dt>
      <dd>{m(inv.total)}</dd>
      <dt>{t('invoice.balance')}</dt>
      <dd>{m(negated(inv.balance_applied))}</dd>
      <dt className="strong">{t('invoice.amountDue')}</dt>
      <dd className="strong" data-testid="amount-due">
        {m(inv.amount_due)}
      </dd>
    </dl>
  );
}
