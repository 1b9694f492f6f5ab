import type { Generated } from 'kysely';

export interface AccountTable {
  id: string;
  name: string;
  time_zone: Generated<string>;
  default_currency: Generated<string>;
  invoice_prefix: Generated<string>;
  grace_period_seconds: Generated<number>;
  event_past_window_seconds: Generated<number>;
  event_future_window_seconds: Generated<number>;
  tax_registration_number: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

declare module '../db/database.js' {
  interface Database {
    account: AccountTable;
  }
}
