import { Decimal } from '../money/decimal.js';
import type { Price } from '../pricing/price.js';

export type LineType =
  | 'license_fee'
  | 'usage'
  | 'proration'
  | 'adjustment'
  | 'credit'
  | 'one_off'
  | 'minimum_commitment_true_up'
  | 'discount';

/**
 * An invoice line before it is stored. `amount` is already rounded to the currency's minor unit
 * (each line is rounded once, on its own); `key` is deterministic within a subscription so that
 * re-running a billing step finds the line it made instead of adding a second one.
 */
export interface LineDraft {
  readonly key: string;
  readonly type: LineType;
  readonly description: string;
  readonly billableItemId: string | null;
  readonly quantity: Decimal | null;
  /** Price of one unit when the line has one (license fees, per-unit usage); null otherwise. */
  readonly unitAmount: Decimal | null;
  readonly amount: Decimal;
  readonly periodStart: Date;
  readonly periodEnd: Date;
  /** Usage lines: what is needed to re-rate the service interval later (late events). */
  readonly usage?: UsageRef;
  /** Discount lines: the share taken off each line it reached, by that line's key. */
  readonly reaches?: readonly { readonly key: string; readonly amount: Decimal }[];
  /**
   * What discounts took off this line, when it was read back from a stored invoice (0 when
   * none); undefined on a line being made, whose discounts are still to be applied.
   */
  readonly discountAmount?: Decimal;
}

/** Identifies one (subscription, billable item, service interval) and how it was priced. */
export interface UsageRef {
  readonly key: string;
  readonly rateId: string;
  readonly meterId: string;
  readonly filter: Readonly<Record<string, string>> | null;
  /** A matrix's default line: the dimension sets its events must not match. */
  readonly exclude?: readonly Readonly<Record<string, string>>[] | null;
  readonly price: Price;
  /** Unrounded quantity from the meter and the rounded amount billed for it. */
  readonly quantity: Decimal;
  readonly amount: Decimal;
}

/** The deterministic key of one billable item's usage in one service interval of a subscription. */
export function usageKey(
  subscriptionId: string,
  billableItemId: string,
  interval: { start: Date; end: Date },
): string {
  return `${subscriptionId}:${billableItemId}:${interval.start.toISOString()}:${interval.end.toISOString()}`;
}

/** A line as a table stores it (invoice_lines, pending_invoice_items): numbers as decimal strings. */
export interface StoredLine {
  readonly key: string;
  readonly type: string;
  readonly description: string;
  readonly billable_item: string | null;
  readonly quantity: string | null;
  readonly unit_amount: string | null;
  readonly amount: string;
  readonly period_start: Date;
  readonly period_end: Date;
}

/** The draft of a stored line, to price or count it again. */
export function storedLineDraft(r: StoredLine): LineDraft {
  return {
    key: r.key,
    type: r.type as LineType,
    description: r.description,
    billableItemId: r.billable_item,
    quantity: r.quantity === null ? null : new Decimal(r.quantity),
    unitAmount: r.unit_amount === null ? null : new Decimal(r.unit_amount),
    amount: new Decimal(r.amount),
    periodStart: r.period_start,
    periodEnd: r.period_end,
  };
}
