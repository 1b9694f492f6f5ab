import { createHash } from 'node:crypto';
import { Decimal } from '../core/money/decimal.js';
import { toMinorUnits } from '../core/money/money.js';
import type { InvoiceForPayment, PayableCustomer } from './provider.js';

/** What Tariff sends to a Stripe Customer: contact and billing address, never card data. */
export interface StripeCustomerParams {
  name: string;
  email: string;
  address: {
    line1: string;
    line2: string;
    city: string;
    state: string;
    postal_code: string;
    country: string;
  };
  metadata: Record<string, string>;
}

/**
 * The Stripe Customer fields for a Tariff customer. Empty strings clear a field in Stripe, so a
 * detail removed in Tariff is removed there too. The company name wins over the contact name:
 * it is what the invoice must be addressed to.
 */
export function stripeCustomerParams(customer: PayableCustomer): StripeCustomerParams {
  const address = customer.billing_details.address ?? {};
  return {
    name: customer.billing_details.company_name ?? customer.name ?? '',
    email: customer.email ?? '',
    address: {
      line1: address.line1 ?? '',
      line2: address.line2 ?? '',
      city: address.city ?? '',
      state: address.state ?? '',
      postal_code: address.postal_code ?? '',
      country: address.country ?? '',
    },
    metadata: { tariff_customer_id: customer.id, tariff_external_id: customer.external_id ?? '' },
  };
}

/** A short, stable digest of parameters: part of idempotency keys and of "already synced?" checks. */
export function paramsHash(params: unknown): string {
  return createHash('sha256').update(JSON.stringify(params)).digest('hex').slice(0, 16);
}

export interface StripeItem {
  /** Stable per Tariff line: the item's idempotency key is derived from it. */
  readonly key: string;
  readonly description: string;
  /** Integer minor units, as Stripe wants them (JPY has none: 5203 JPY is 5203). */
  readonly amount: string;
  readonly period?: { start: number; end: number };
}

const seconds = (iso: string) => Math.floor(new Date(iso).getTime() / 1000);

/**
 * One Stripe invoice item per Tariff line, then one per invoice-level adjustment Tariff applies
 * after the lines (credits, tax, customer balance), so the Stripe invoice's amount due is exactly
 * Tariff's. Throws if the items would not add up to `amount_due`: a push must never send a
 * different amount than Tariff computed.
 */
export function stripeItems(invoice: InvoiceForPayment): StripeItem[] {
  const c = invoice.currency;
  const items: StripeItem[] = invoice.lines.map((line, i) => ({
    key: `line:${line.id ?? i}`,
    description: line.description ?? line.type,
    amount: toMinorUnits(new Decimal(line.amount), c),
    period: { start: seconds(line.period_start), end: seconds(line.period_end) },
  }));
  const adjustments: [string, string, Decimal][] = [
    ['credits', 'Credits applied', new Decimal(invoice.credits_applied).negated()],
    ['tax', 'Tax', new Decimal(invoice.tax)],
    ['balance', 'Customer balance applied', new Decimal(invoice.balance_applied).negated()],
  ];
  for (const [key, description, amount] of adjustments) {
    if (!amount.isZero()) items.push({ key, description, amount: toMinorUnits(amount, c) });
  }
  const sum = items.reduce((acc, item) => acc.plus(item.amount), new Decimal(0));
  const due = toMinorUnits(new Decimal(invoice.amount_due), c);
  if (!sum.equals(due)) {
    throw new Error(
      `Invoice ${invoice.id}: its items add up to ${sum.toFixed()} minor units of ${c}, its amount due is ${due}.`,
    );
  }
  return items;
}

/** Stripe's amounts are JSON integers; minor units of any real invoice are far below 2^53. */
export function stripeInteger(minor: string): number {
  const n = Number(minor);
  if (!Number.isSafeInteger(n)) throw new Error(`Amount ${minor} is not a safe integer of minor units.`);
  return n;
}

/** Stripe wants lowercase ISO codes. */
export const stripeCurrency = (currency: string) => currency.toLowerCase();
