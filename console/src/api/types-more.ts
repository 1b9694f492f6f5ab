/** Shapes of the finance and settings resources (credits, revenue, tax, webhooks). */
export interface CreditBalance {
  balances: { currency: string; available: string; granted: string; consumed: string }[];
  grants?: {
    id: string;
    amount?: { currency: string; value: string };
    category?: string;
    expires_at?: string | null;
  }[];
}

export interface BalanceTransaction {
  id: string;
  type?: string;
  amount: string;
  currency: string;
  ending_balance?: string;
  description?: string | null;
  invoice?: string | null;
  created_at: string;
}

export interface JournalEntry {
  id: string;
  transaction?: string;
  account: string;
  debit: string;
  credit: string;
  currency: string;
  recognized_at: string;
  source?: string | null;
  source_id?: string | null;
  customer?: string | null;
  description?: string | null;
}

/** One month of the journal: debits, credits and the natural balance of each account. */
export interface RevenueSummary {
  month: string;
  accounts: { account: string; currency: string; debit: string; credit: string; net: string }[];
}

export interface TaxRate {
  id: string;
  display_name: string;
  percentage: string;
  inclusive?: boolean;
  country?: string | null;
  state?: string | null;
  default?: boolean;
  active?: boolean;
  description?: string | null;
}

export interface WebhookEndpoint {
  id: string;
  url: string;
  enabled_events: string[];
  status?: string;
  disabled?: boolean;
  secret?: string;
  created_at?: string;
}

export interface WebhookDelivery {
  id: string;
  event: string;
  status: string;
  attempt_count: number;
  last_status_code: number | null;
  last_error: string | null;
  next_attempt_at: string | null;
  delivered_at: string | null;
  created_at: string;
}

export interface CreditNote {
  id: string;
  number?: string | null;
  invoice: string;
  currency: string;
  amount: string;
  reason: string;
  memo?: string | null;
  created_at: string;
}

export interface CreditGrant {
  id: string;
  customer: string;
  name: string | null;
  amount: { currency: string; value: string };
  remaining: { currency: string; value: string };
  category: 'paid' | 'promotional';
  status: string;
  effective_at: string;
  expires_at: string | null;
  source?: string | null;
  created_at: string;
}
