import type { Generated } from 'kysely';
import type { Account } from '../core/revenue/journal.js';

/**
 * One balanced journal transaction. `key` is deterministic (what it books, for which period), so
 * a job that runs twice, or two workers at once, book it once.
 */
export interface JournalTransactionsTable {
  id: string;
  key: string;
  customer_id: string;
  /** The customer's test clock: its entries are that clock's books, never the real ones. */
  test_clock: string | null;
  currency: string;
  source: string;
  source_id: string | null;
  description: string;
  recognized_at: Date;
  created_at: Generated<Date>;
}

/** Entry lines of a transaction; account balances are sums over these, never stored. */
export interface JournalEntriesTable {
  id: string;
  transaction_id: string;
  customer_id: string;
  test_clock: string | null;
  account: Account;
  debit: string;
  credit: string;
  currency: string;
  recognized_at: Date;
  source: string;
  source_id: string | null;
  billable_item_id: string | null;
}

/**
 * Usage of one item in one service interval of one subscription: how much revenue has been booked
 * as delivered so far, and the invoice that billed it (after which it is no longer recognized).
 */
export interface RevenueUsageTable {
  subscription_id: string;
  billable_item_id: string;
  period_start: Date;
  period_end: Date;
  customer_id: string;
  currency: string;
  recognized: string;
  recognized_through: Date;
  invoice_id: string | null;
}

/** A fee billed in advance, earned per second over its service interval. */
export interface DeferredSchedulesTable {
  id: string;
  invoice_id: string;
  line_id: string;
  customer_id: string;
  test_clock: string | null;
  currency: string;
  billable_item_id: string | null;
  amount: string;
  period_start: Date;
  period_end: Date;
  recognized: string;
  recognized_through: Date;
  status: 'active' | 'complete' | 'voided';
}

declare module '../db/database.js' {
  interface Database {
    journal_transactions: JournalTransactionsTable;
    journal_entries: JournalEntriesTable;
    revenue_usage: RevenueUsageTable;
    deferred_schedules: DeferredSchedulesTable;
  }
}
