import type { ResolvedServiceAction } from '../catalog/resolved-plan.js';
import type { Decimal } from '../core/money/decimal.js';
import type { Period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';

/**
 * How other slices take part in billing without reading billing's tables. The invoicing slice
 * calls these inside its own transaction (`trx`), in this order for one invoice:
 * lines → discounts → `applyCredits` (before tax) → tax → total → customer balance → amount_due,
 * then `onFinalized` when the invoice becomes `open`, `onPaid` / `onVoided` / `onCreditNote` later.
 * Credits and revenue (src/credits, src/revenue) implement them; composition registers them
 * with `invoicing.addHooks(...)`.
 */
/**
 * The line types hooks see. A minimum true-up is earned when the period closes: revenue books it
 * as earned at finalization. Other lines (credit, discount) are not passed to hooks.
 */
export const HOOK_LINE_TYPES = [
  'license_fee',
  'usage',
  'proration',
  'adjustment',
  'one_off',
  'minimum_commitment_true_up',
] as const;
export type HookLineType = (typeof HOOK_LINE_TYPES)[number];

export interface InvoiceLineForHooks {
  readonly lineId: string;
  readonly type: HookLineType;
  readonly billableItemId: string | null;
  /** The line's rounded amount in the invoice currency (before credits and tax). */
  readonly amount: Decimal;
  readonly periodStart: Date;
  readonly periodEnd: Date;
}

export interface InvoiceForHooks {
  readonly id: string;
  readonly number: string | null;
  readonly customerId: string;
  readonly subscriptionId: string | null;
  /** The customer's test clock (a `TEST-` invoice), or null for the real books. */
  readonly testClock: string | null;
  readonly currency: string;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  readonly lines: readonly InvoiceLineForHooks[];
  readonly subtotal: Decimal;
  readonly creditsApplied: Decimal;
  readonly tax: Decimal;
  readonly total: Decimal;
  readonly amountDue: Decimal;
  readonly metadata: Readonly<Record<string, string>>;
}

export interface CreditApplication {
  readonly lineId: string;
  readonly grantId: string;
  /** Positive amount consumed from the grant against that line. */
  readonly amount: Decimal;
}

export interface InvoiceHooks {
  /**
   * Consume credit grants against eligible lines of an invoice being finalized, as of `at`.
   * Returns what was applied; invoicing subtracts it before tax and shows it as `credits_applied`.
   * Called once per invoice, when it is finalized (drafts show a preview without consuming).
   */
  applyCredits?(
    trx: Executor,
    input: {
      invoiceId: string;
      customerId: string;
      currency: string;
      at: Date;
      lines: readonly InvoiceLineForHooks[];
      preview: boolean;
    },
  ): Promise<readonly CreditApplication[]>;
  /**
   * Of `customerIds`, those that may hold credit (any grant at all). A batch asks once and
   * calls `applyCredits` only for these: for anyone else it would apply nothing and write nothing.
   */
  customersWithCredits?(trx: Executor, customerIds: readonly string[]): Promise<ReadonlySet<string>>;
  onFinalized?(trx: Executor, invoice: InvoiceForHooks, at: Date): Promise<void>;
  /** `onFinalized` for many invoices of one transaction (a worker batch); used instead when present. */
  onFinalizedMany?(trx: Executor, invoices: readonly { invoice: InvoiceForHooks; at: Date }[]): Promise<void>;
  /** Money received against the invoice (one of possibly several partial payments), as of `at`. */
  onPayment?(
    trx: Executor,
    invoice: InvoiceForHooks,
    payment: { readonly id: string; readonly amount: Decimal },
    at: Date,
  ): Promise<void>;
  /** Nothing is left to pay: the invoice became `paid` (after its last `onPayment`). */
  onPaid?(trx: Executor, invoice: InvoiceForHooks, at: Date): Promise<void>;
  onVoided?(trx: Executor, invoice: InvoiceForHooks, at: Date): Promise<void>;
  /** The invoice was marked uncollectible with `owed` (amount due less payments) still unpaid. */
  onMarkedUncollectible?(trx: Executor, invoice: InvoiceForHooks, owed: Decimal, at: Date): Promise<void>;
  /**
   * A credit note was issued against an open or paid invoice (called inside the credit note's
   * transaction, after the invoice and the customer balance are updated; `invoice` is the
   * invoice after it). `amount` is the total credited, tax included, of which `tax`;
   * `reducedAmountDue` lowered the open invoice's amount due and `toBalance` went to the
   * customer balance (`amount = reducedAmountDue + toBalance`). `lines` are the invoice lines
   * credited, before tax (`invoiceLineId` null for a note given as an amount). A voided invoice
   * never has notes: voiding one with notes is refused.
   */
  onCreditNote?(
    trx: Executor,
    input: { creditNote: CreditNoteForHooks; invoice: InvoiceForHooks },
    at: Date,
  ): Promise<void>;
}

export interface CreditNoteForHooks {
  readonly id: string;
  readonly invoiceId: string;
  readonly customerId: string;
  readonly currency: string;
  readonly amount: Decimal;
  readonly tax: Decimal;
  readonly lines?: readonly { readonly invoiceLineId: string | null; readonly amount: Decimal }[];
  readonly toBalance: Decimal;
  readonly reducedAmountDue: Decimal;
}

/**
 * How subscriptions tell other slices that a component's service interval began. Service actions
 * (recurring credit grants) are issued here: one grant per service interval, expiring at its end.
 */
export interface SubscriptionHooks {
  onServiceActionDue?(
    trx: Executor,
    input: {
      subscriptionId: string;
      customerId: string;
      serviceAction: ResolvedServiceAction;
      servicePeriod: Period;
      at: Date;
    },
  ): Promise<void>;
  /**
   * A subscription was created with a prepaid commitment (after its transaction): invoice the
   * amount up front and grant it as paid credits that expire at the term's end.
   */
  openPrepaidCommitment?(input: {
    subscriptionId: string;
    customerId: string;
    currency: string;
    amount: string;
    termEnd: Date;
  }): Promise<{ grantId: string; invoiceId: string | null }>;
}
