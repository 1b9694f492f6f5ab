import type { Invoice } from '../../api/types.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

const DAY_MS = 86_400_000;

/**
 * Past its due day with something left to pay. `due_date` is the start of the due day in the
 * account's zone and the customer may pay through that day, so it is overdue a day later.
 */
export function isOverdue(inv: Invoice, now = Date.now()): boolean {
  if (inv.status !== 'open' || !inv.due_date) return false;
  if (inv.amount_remaining !== undefined && /^0(\.0*)?$/.test(inv.amount_remaining)) return false;
  return now >= Date.parse(inv.due_date) + DAY_MS;
}

/** The due date, with an "Overdue" badge once it has passed unpaid. */
export function DueDate({ invoice }: { invoice: Invoice }) {
  const { t } = useI18n();
  const f = useFormat();
  if (!invoice.due_date) return <>—</>;
  return (
    <span data-testid="due-date">
      {f.date(invoice.due_date)}{' '}
      {isOverdue(invoice) && (
        <span className="badge badge-past_due" data-testid="overdue">
          {t('status.overdue')}
        </span>
      )}
    </span>
  );
}
