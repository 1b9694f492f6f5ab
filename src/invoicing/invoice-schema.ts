import { type Static, Type } from 'typebox';
import { BankTransferSchema } from '../account/collection-schema.js';
import { AmountOut, DecimalOut } from '../http/openapi/decimal-out.js';
import { Nullable } from '../http/openapi/index.js';
import { Obj, Timestamp } from '../http/schemas.js';

/** What the invoicing API writes: the schemas of invoice.ts's and credit-notes.ts's answers. */

const Amount = AmountOut;
const OrNull = {
  string: Nullable(Type.String()),
  timestamp: Nullable(Timestamp),
  decimal: Nullable(DecimalOut),
};

export const InvoiceStatus = Type.Union([
  Type.Literal('draft'),
  Type.Literal('open'),
  Type.Literal('paid'),
  Type.Literal('void'),
  Type.Literal('uncollectible'),
]);

export const InvoiceLine = Obj({
  id: Type.String(),
  object: Type.Literal('invoice_line'),
  type: Type.String({ description: 'e.g. `licensed`, `usage`, `proration`, `one_off`.' }),
  description: Type.String(),
  billable_item: OrNull.string,
  quantity: OrNull.decimal,
  unit_amount: OrNull.decimal,
  amount: Amount,
  period_start: Timestamp,
  period_end: Timestamp,
});

const TaxBreakdown = Obj({
  tax_rate: Type.String(),
  display_name: Type.String(),
  percentage: Type.String(),
  inclusive: Type.Boolean(),
  country: OrNull.string,
  taxable_amount: Amount,
  amount: Amount,
});

const Address = Obj({
  line1: Type.Optional(Type.String()),
  line2: Type.Optional(Type.String()),
  city: Type.Optional(Type.String()),
  state: Type.Optional(Type.String()),
  postal_code: Type.Optional(Type.String()),
  country: Type.Optional(Type.String()),
});

/** The customer as printed, frozen at finalization. */
const CustomerDetails = Obj({
  name: OrNull.string,
  email: OrNull.string,
  billing_details: Obj({
    company_name: Type.Optional(Type.String()),
    address: Type.Optional(Address),
    tax_ids: Type.Optional(Type.Array(Obj({ type: Type.String(), value: Type.String() }))),
  }),
});

/** The account as printed, frozen at finalization. */
const IssuerDetails = Obj({
  name: Type.String(),
  tax_registration_number: OrNull.string,
  time_zone: Type.String(),
  address: Type.Optional(Nullable(Address)),
  phone: Type.Optional(OrNull.string),
  bank_transfer: Type.Optional(Nullable(BankTransferSchema)),
});

const invoiceFields = {
  object: Type.Literal('invoice'),
  number: OrNull.string,
  customer: Type.String(),
  subscription: OrNull.string,
  status: InvoiceStatus,
  billing_reason: Type.String(),
  currency: Type.String(),
  period_start: Timestamp,
  period_end: Timestamp,
  lines: Type.Array(InvoiceLine),
  subtotal: Amount,
  credits_applied: Amount,
  tax: Amount,
  tax_breakdown: Type.Array(TaxBreakdown),
  total: Amount,
  balance_applied: Amount,
  amount_due: Amount,
  amount_paid: Amount,
  amount_remaining: Amount,
  amount_credited: Amount,
  tax_registration_number: OrNull.string,
  customer_details: Nullable(CustomerDetails),
  issuer_details: Nullable(IssuerDetails),
  hosted_invoice_url: OrNull.string,
  payment_reference: OrNull.string,
  test_clock: OrNull.string,
  created_at: Timestamp,
  finalize_at: OrNull.timestamp,
  finalized_at: OrNull.timestamp,
  paid_at: OrNull.timestamp,
  voided_at: OrNull.timestamp,
  marked_uncollectible_at: OrNull.timestamp,
  due_date: OrNull.timestamp,
  metadata: Type.Record(Type.String(), Type.String()),
};

export const Invoice = Obj(
  { id: Type.String(), ...invoiceFields },
  { description: 'An invoice; `customer_details` and `issuer_details` are null on drafts.' },
);
export type InvoiceJson = Static<typeof Invoice>;

/** Computed, never stored: no id, and what to fix before it is issued. */
export const UpcomingInvoice = Obj(
  {
    id: Type.Null(),
    ...invoiceFields,
    warnings: Type.Array(Obj({ code: Type.String(), message: Type.String() }), {
      description: 'What to fix before it is issued, e.g. `tax_address_missing`.',
    }),
  },
  { description: 'The invoice a subscription will get at its period end, as of now.' },
);

export const CreditNote = Obj({
  id: Type.String(),
  object: Type.Literal('credit_note'),
  number: Type.String(),
  invoice: Type.String(),
  customer: Type.String(),
  currency: Type.String(),
  amount: Amount,
  tax: Amount,
  reason: Type.String(),
  memo: OrNull.string,
  lines: Type.Array(Obj({ invoice_line: OrNull.string, description: Type.String(), amount: Amount })),
  reduce_amount_due: Amount,
  credit_to_balance: Amount,
  created_at: Timestamp,
});

export const InvoicePayment = Obj(
  {
    id: Type.String(),
    object: Type.Literal('invoice_payment'),
    invoice: Type.String(),
    amount: Amount,
    currency: Type.String(),
    method: Type.String({ description: '`bank_transfer`, `card`, `cash`, `check`, `stripe` or `other`.' }),
    reference: OrNull.string,
    paid_at: Timestamp,
    created_at: Timestamp,
  },
  { description: 'Money received against an invoice; an invoice may be paid in several parts.' },
);

export const DeletedInvoice = Obj(
  { id: Type.String(), object: Type.Literal('invoice'), deleted: Type.Literal(true) },
  { description: 'A one-off draft, deleted.' },
);
