import type { Selectable } from 'kysely';
import { Decimal } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import type { InvoiceJson } from './invoice-schema.js';
import type { InvoiceLinesTable, InvoicesTable } from './tables.js';

export type InvoiceRow = Selectable<InvoicesTable>;
export type InvoiceLineRow = Selectable<InvoiceLinesTable>;

const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function invoiceLineJson(line: InvoiceLineRow, currency: string) {
  return {
    id: line.id,
    object: 'invoice_line' as const,
    type: line.type,
    description: line.description,
    billable_item: line.billable_item,
    quantity: line.quantity === null ? null : new Decimal(line.quantity).toFixed(),
    unit_amount: line.unit_amount === null ? null : new Decimal(line.unit_amount).toFixed(),
    amount: formatAmount(new Decimal(line.amount), currency),
    period_start: line.period_start.toISOString(),
    period_end: line.period_end.toISOString(),
  };
}

export type { InvoiceJson } from './invoice-schema.js';
/** The upcoming invoice: computed, never stored, so it has no id. */
/** The upcoming invoice, with what the customer should fix before it is issued (e.g. `tax_address_missing`). */
export type UpcomingInvoiceJson = Omit<InvoiceJson, 'id'> & {
  id: null;
  warnings: readonly { readonly code: string; readonly message: string }[];
};

/**
 * The invoice as the API writes it (DESIGN 5); amounts carry the currency's digits.
 * `customer_details` and `issuer_details` are the parties frozen at finalization, null on drafts.
 */
export function invoiceJson(row: InvoiceRow, lines: readonly InvoiceLineRow[]): InvoiceJson {
  const money = (v: string) => formatAmount(new Decimal(v), row.currency);
  return {
    id: row.id,
    object: 'invoice' as const,
    number: row.number,
    customer: row.customer_id,
    subscription: row.subscription_id,
    status: row.status,
    billing_reason: row.billing_reason,
    currency: row.currency,
    period_start: row.period_start.toISOString(),
    period_end: row.period_end.toISOString(),
    lines: [...lines].sort((a, b) => a.position - b.position).map((l) => invoiceLineJson(l, row.currency)),
    subtotal: money(row.subtotal),
    credits_applied: money(row.credits_applied),
    tax: money(row.tax),
    tax_breakdown: row.tax_breakdown.map((t) => ({
      ...t,
      taxable_amount: money(t.taxable_amount),
      amount: money(t.amount),
    })),
    total: money(row.total),
    balance_applied: money(row.balance_applied),
    amount_due: money(row.amount_due),
    amount_paid: money(row.amount_paid),
    amount_remaining: money(Decimal.max(new Decimal(row.amount_due).minus(row.amount_paid), 0).toFixed()),
    amount_credited: money(row.amount_credited),
    tax_registration_number: row.tax_registration_number,
    customer_details: row.customer_details,
    issuer_details: row.issuer_details,
    hosted_invoice_url: row.hosted_invoice_url,
    payment_reference: row.payment_reference,
    test_clock: row.test_clock,
    created_at: row.created_at.toISOString(),
    finalize_at: iso(row.finalize_at),
    finalized_at: iso(row.finalized_at),
    paid_at: iso(row.paid_at),
    voided_at: iso(row.voided_at),
    marked_uncollectible_at: iso(row.marked_uncollectible_at),
    due_date: iso(row.due_date),
    metadata: row.metadata,
  };
}
