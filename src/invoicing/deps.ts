import type { AccountRow } from '../account/account.js';
import type { AccountService } from '../account/service.js';
import type { BalanceService } from '../balance/service.js';
import type { DiscountSpec } from '../core/billing/discounts.js';
import { Decimal } from '../core/money/decimal.js';
import type { CustomerRow } from '../customers/customer.js';
import type { Executor } from '../db/store.js';
import type { AggregateMany, AggregateUsage } from '../metering/usage-query.js';
import type { ServiceContext } from '../shared/context.js';
import type { TaxService } from '../tax/service.js';
import {
  HOOK_LINE_TYPES,
  type HookLineType,
  type InvoiceForHooks,
  type InvoiceHooks,
  type InvoiceLineForHooks,
} from './hooks.js';
import type { InvoiceLineRow, InvoiceRow } from './invoice.js';

/** What invoicing is built from; wired by hand in app/compose.ts. */
export interface InvoicingDeps {
  readonly ctx: ServiceContext;
  /** Account settings (time zone, grace period, prefix), cached briefly; read with the caller's executor. */
  readonly settings: (executor: Executor) => Promise<AccountRow>;
  readonly tax: TaxService;
  readonly balance: BalanceService;
  /** Metering's aggregate, read when called (metering may be composed after invoicing). */
  readonly aggregate: AggregateUsage;
  /** The same for many questions in few statements (a worker batch). */
  readonly aggregateMany: AggregateMany;
  /** "Now" for a customer: its test clock's time when it has one. */
  readonly nowFor: (customerId: string, executor?: Executor) => Promise<Date>;
  /** The customer's test clock, if any (its invoices then finalize only when the clock advances). */
  readonly clockOf: (customerId: string, executor?: Executor) => Promise<string | null>;
  /** Customers by id in one query with the caller's executor (a finalize batch freezes them all). */
  readonly customersOf: (ids: readonly string[], executor: Executor) => Promise<Map<string, CustomerRow>>;
  readonly hooks: InvoiceHooks[];
  /** The discounts an invoice of this subscription carries (the discounts slice); none when absent. */
  readonly discountsFor?: (
    executor: Executor,
    sub: { id: string; customer_id: string; currency: string },
  ) => Promise<DiscountSpec[]>;
  /**
   * Redeems a coupon or promotion code on a subscription inside its transaction (the discounts
   * slice): counted once, refused with a coded error that rolls the whole change back.
   */
  readonly redeemOn?: (
    executor: Executor,
    sub: { id: string; customer_id: string; currency: string },
    input: { coupon?: string; promotion_code?: string },
    /** `subtotal`: the charges before discounts of the first invoice it applies to (minimum_amount). */
    at: { now: Date; start: Date; subtotal: Decimal },
  ) => Promise<void>;
}

const HOOK_TYPES: ReadonlySet<string> = new Set<HookLineType>(HOOK_LINE_TYPES);
const isHookType = (type: string): type is HookLineType => HOOK_TYPES.has(type);

export function linesForHooks(lines: readonly InvoiceLineRow[]): InvoiceLineForHooks[] {
  return lines.flatMap((l) =>
    isHookType(l.type)
      ? [
          {
            lineId: l.id,
            type: l.type,
            billableItemId: l.billable_item,
            amount: new Decimal(l.amount),
            periodStart: l.period_start,
            periodEnd: l.period_end,
          },
        ]
      : [],
  );
}

export function invoiceForHooks(row: InvoiceRow, lines: readonly InvoiceLineRow[]): InvoiceForHooks {
  return {
    id: row.id,
    number: row.number,
    customerId: row.customer_id,
    subscriptionId: row.subscription_id,
    testClock: row.test_clock,
    currency: row.currency,
    periodStart: row.period_start,
    periodEnd: row.period_end,
    lines: linesForHooks(lines),
    subtotal: new Decimal(row.subtotal),
    creditsApplied: new Decimal(row.credits_applied),
    tax: new Decimal(row.tax),
    total: new Decimal(row.total),
    amountDue: new Decimal(row.amount_due),
    metadata: row.metadata,
  };
}

/**
 * Account settings for billing steps, read through the caller's executor (a query on the pool
 * inside a PGlite transaction would wait forever) and read once per transaction: a worker batch
 * of invoices shares one read, and a change made a moment ago by another process is seen by
 * the next transaction.
 */
export function settingsReader(account: AccountService): (executor: Executor) => Promise<AccountRow> {
  const perTransaction = new WeakMap<Executor, Promise<AccountRow>>();
  return (executor) => {
    if (!executor.isTransaction) return account.get(executor);
    let row = perTransaction.get(executor);
    if (!row) {
      row = account.get(executor);
      perTransaction.set(executor, row);
    }
    return row;
  };
}
