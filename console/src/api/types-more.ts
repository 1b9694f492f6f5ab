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
  account: string;
  debit: string;
  credit: string;
  currency: string;
  recognized_at: string;
  source?: string | { type?: string; id?: string };
  customer?: string | null;
  description?: string | null;
}

export interface RevenueSummaryRow {
  month?: string;
  period_start?: string;
  currency: string;
  recognized: string;
  billed: string;
}

export interface TaxRate {
  id: string;
  display_name: string;
  percentage: string;
  inclusive?: boolean;
  country?: string | null;
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
  event?: string;
  event_type?: string;
  type?: string;
  status: string;
  attempts?: number;
  response_status?: number | null;
  created_at?: string;
  next_attempt_at?: string | null;
}

export interface CreditNote {
  id: string;
  invoice: string;
  amount?: string;
  total?: string;
  reason?: string | null;
  status?: string;
}
