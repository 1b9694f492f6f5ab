import type { ColumnType } from 'kysely';

type Numeric = ColumnType<string, string, string>;

/**
 * The customer balance ledger (Stripe's sign): a negative balance is credit the customer holds
 * and that pays their next invoices; a positive one is owed and is added to the next invoice.
 * Every transaction carries the ending balance; `customer_balances` is its locked projection.
 */
export interface BalanceTransactionsTable {
  id: string;
  customer_id: string;
  currency: string;
  type: 'invoice_credit' | 'applied_to_invoice' | 'credit_note' | 'adjustment';
  amount: Numeric;
  ending_balance: Numeric;
  invoice_id: string | null;
  credit_note_id: string | null;
  description: string | null;
  created_at: Date;
}

export interface CustomerBalancesTable {
  customer_id: string;
  currency: string;
  balance: Numeric;
}

declare module '../db/database.js' {
  interface Database {
    balance_transactions: BalanceTransactionsTable;
    customer_balances: CustomerBalancesTable;
  }
}
