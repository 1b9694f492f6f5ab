import { randomBytes } from 'node:crypto';
import { cardDeclined, integerParam, invalid, missing, requiredString, StripeFakeError } from './errors.js';

type Params = Record<string, unknown>;
type Meta = Record<string, string>;

const ZERO_DECIMAL = new Set([
  'jpy',
  'krw',
  'vnd',
  'clp',
  'pyg',
  'xaf',
  'xof',
  'bif',
  'djf',
  'gnf',
  'kmf',
  'mga',
  'rwf',
  'ugx',
  'vuv',
  'xpf',
]);

export interface FakeCustomer {
  id: string;
  object: 'customer';
  name: string | null;
  email: string | null;
  address: Params | null;
  currency: string | null;
  metadata: Meta;
  /** Stripe's test payment methods decide a charge: `pm_card_chargeDeclined` declines, others pay. */
  invoice_settings: { default_payment_method: string | null };
  created: number;
  livemode: false;
  deleted?: true;
}

export interface FakeLine {
  id: string;
  object: 'line_item';
  amount: number;
  currency: string;
  description: string | null;
  metadata: Meta;
  period: { start: number; end: number };
}

export interface FakeInvoice {
  id: string;
  object: 'invoice';
  customer: string;
  currency: string;
  status: 'draft' | 'open' | 'paid' | 'void' | 'uncollectible';
  number: string | null;
  collection_method: string;
  days_until_due: number | null;
  total: number;
  subtotal: number;
  amount_due: number;
  amount_paid: number;
  attempt_count: number;
  hosted_invoice_url: string | null;
  metadata: Meta;
  lines: { object: 'list'; data: FakeLine[]; has_more: false; url: string };
  created: number;
  livemode: false;
}

const stripeId = (prefix: string) => `${prefix}_${randomBytes(12).toString('base64url')}`;
const nowSeconds = () => Math.floor(Date.now() / 1000);

/** Stripe merges metadata on update; an empty string deletes a key. */
function mergeMetadata(current: Meta, update: unknown): Meta {
  if (update === undefined || update === '') return update === '' ? {} : current;
  const next = { ...current };
  for (const [k, v] of Object.entries(update as Meta)) {
    if (v === '') delete next[k];
    else next[k] = String(v);
  }
  return next;
}

/** The Stripe resources Tariff uses, with the rules Stripe enforces on them. */
export class FakeStripeState {
  readonly customers = new Map<string, FakeCustomer>();
  readonly invoices = new Map<string, FakeInvoice>();
  private invoiceCount = 0;

  constructor(private readonly hostedBase: string) {}

  createCustomer(p: Params): FakeCustomer {
    const customer: FakeCustomer = {
      id: stripeId('cus'),
      object: 'customer',
      name: (p.name as string) ?? null,
      email: (p.email as string) ?? null,
      address: (p.address as Params) ?? null,
      currency: null,
      metadata: mergeMetadata({}, p.metadata),
      invoice_settings: { default_payment_method: null },
      created: nowSeconds(),
      livemode: false,
    };
    this.customers.set(customer.id, customer);
    return customer;
  }

  customer(id: string): FakeCustomer {
    const c = this.customers.get(id);
    if (!c) throw missing('customer', id);
    return c;
  }

  updateCustomer(id: string, p: Params): FakeCustomer {
    const c = this.liveCustomer(id);
    if (p.name !== undefined) c.name = p.name === '' ? null : (p.name as string);
    if (p.email !== undefined) c.email = p.email === '' ? null : (p.email as string);
    if (p.address !== undefined) c.address = p.address === '' ? null : (p.address as Params);
    c.metadata = mergeMetadata(c.metadata, p.metadata);
    const settings = p.invoice_settings as Params | undefined;
    if (settings?.default_payment_method !== undefined)
      c.invoice_settings.default_payment_method = (settings.default_payment_method as string) || null;
    return c;
  }

  deleteCustomer(id: string) {
    const c = this.customer(id);
    c.deleted = true;
    return { id, object: 'customer', deleted: true };
  }

  private liveCustomer(id: string): FakeCustomer {
    const c = this.customer(id);
    if (c.deleted) throw missing('customer', id, 'customer');
    return c;
  }

  createInvoice(p: Params): FakeInvoice {
    const customer = this.liveCustomer(requiredString(p.customer, 'customer'));
    const currency = ((p.currency as string) ?? customer.currency ?? 'usd').toLowerCase();
    if (customer.currency && customer.currency !== currency)
      throw invalid(
        `The currency (${currency}) does not match the customer's currency (${customer.currency}).`,
        'currency',
      );
    const invoice: FakeInvoice = {
      id: stripeId('in'),
      object: 'invoice',
      customer: customer.id,
      currency,
      status: 'draft',
      number: null,
      collection_method: (p.collection_method as string) ?? 'charge_automatically',
      days_until_due:
        p.days_until_due === undefined ? null : integerParam(p.days_until_due, 'days_until_due'),
      total: 0,
      subtotal: 0,
      amount_due: 0,
      amount_paid: 0,
      attempt_count: 0,
      hosted_invoice_url: null,
      metadata: mergeMetadata({}, p.metadata),
      lines: { object: 'list', data: [], has_more: false, url: '' },
      created: nowSeconds(),
      livemode: false,
    };
    invoice.lines.url = `/v1/invoices/${invoice.id}/lines`;
    this.invoices.set(invoice.id, invoice);
    return invoice;
  }

  invoice(id: string): FakeInvoice {
    const inv = this.invoices.get(id);
    if (!inv) throw missing('invoice', id);
    return inv;
  }

  /** An invoice item, attached to a draft invoice; amounts are integers in minor units. */
  createInvoiceItem(p: Params) {
    const customer = this.liveCustomer(requiredString(p.customer, 'customer'));
    const currency = requiredString(p.currency, 'currency').toLowerCase();
    const amount = integerParam(p.amount, 'amount');
    if (
      ZERO_DECIMAL.has(currency) &&
      p.unit_amount_decimal !== undefined &&
      !/^-?\d+$/.test(String(p.unit_amount_decimal))
    )
      throw invalid(`Invalid integer: ${String(p.unit_amount_decimal)}`, 'unit_amount_decimal');
    if (customer.currency && customer.currency !== currency)
      throw invalid(
        `The currency of this InvoiceItem (${currency}) does not match the customer's currency (${customer.currency}).`,
        'currency',
      );
    const invoice = p.invoice === undefined ? undefined : this.invoice(p.invoice as string);
    if (invoice && invoice.status !== 'draft')
      throw invalid(`Invoice ${invoice.id} is not a draft.`, 'invoice');
    if (invoice && invoice.currency !== currency)
      throw invalid(
        `The currency (${currency}) does not match the invoice's currency (${invoice.currency}).`,
        'currency',
      );
    if (invoice && invoice.customer !== customer.id)
      throw invalid('The invoice belongs to another customer.', 'invoice');
    customer.currency = currency;
    const period = p.period as { start?: string; end?: string } | undefined;
    const line: FakeLine = {
      id: stripeId('ii'),
      object: 'line_item',
      amount,
      currency,
      description: (p.description as string) ?? null,
      metadata: mergeMetadata({}, p.metadata),
      period: {
        start: period?.start ? integerParam(period.start, 'period[start]') : nowSeconds(),
        end: period?.end ? integerParam(period.end, 'period[end]') : nowSeconds(),
      },
    };
    if (invoice) {
      invoice.lines.data.push(line);
      invoice.subtotal += amount;
      invoice.total += amount;
      invoice.amount_due += amount;
    }
    return { ...line, object: 'invoiceitem', customer: customer.id, invoice: invoice?.id ?? null };
  }

  finalizeInvoice(id: string): FakeInvoice {
    const inv = this.invoice(id);
    if (inv.status !== 'draft')
      throw invalid(`This invoice is already finalized, you can't re-finalize a non-draft invoice.`);
    inv.status = inv.amount_due <= 0 ? 'paid' : 'open';
    this.invoiceCount += 1;
    inv.number = `FAKE-${String(this.invoiceCount).padStart(4, '0')}`;
    inv.hosted_invoice_url = `${this.hostedBase}/i/${inv.id}`;
    return inv;
  }

  voidInvoice(id: string): FakeInvoice {
    const inv = this.invoice(id);
    if (inv.status !== 'open' && inv.status !== 'uncollectible')
      throw invalid('You can only void an open invoice.');
    inv.status = 'void';
    return inv;
  }

  /**
   * `POST /v1/invoices/{id}/pay`: charges the customer's default payment method now (a dunning
   * retry). Only an open invoice can be paid; no payment method, or a declined card, is an error
   * and the invoice stays open with one more attempt counted.
   */
  payInvoice(id: string): FakeInvoice {
    const inv = this.invoice(id);
    if (inv.status === 'paid') throw invalid('Invoice is already paid');
    if (inv.status !== 'open')
      throw invalid(`You can only pay an open invoice. This invoice is ${inv.status}.`);
    inv.attempt_count += 1;
    const method = this.customer(inv.customer).invoice_settings.default_payment_method;
    if (!method)
      throw new StripeFakeError(
        400,
        'invalid_request_error',
        'This customer has no attached payment source or default payment method.',
        'missing',
      );
    if (method === 'pm_card_chargeDeclined') throw cardDeclined();
    return this.markPaid(id);
  }

  /** What happens when the customer pays on the hosted page. */
  markPaid(id: string): FakeInvoice {
    const inv = this.invoice(id);
    inv.status = 'paid';
    inv.amount_paid = inv.amount_due;
    return inv;
  }
}
