import type { Selectable } from 'kysely';
import type { AccountTable } from './tables.js';

export type AccountRow = Selectable<AccountTable>;

export interface AccountJson {
  object: 'account';
  id: string;
  name: string;
  time_zone: string;
  default_currency: string;
  invoice_prefix: string;
  grace_period_seconds: number;
  event_window: { past_seconds: number; future_seconds: number };
  tax_registration_number: string | null;
  created_at: string;
  updated_at: string;
}

export function accountJson(row: AccountRow): AccountJson {
  return {
    object: 'account',
    id: row.id,
    name: row.name,
    time_zone: row.time_zone,
    default_currency: row.default_currency,
    invoice_prefix: row.invoice_prefix,
    grace_period_seconds: row.grace_period_seconds,
    event_window: {
      past_seconds: row.event_past_window_seconds,
      future_seconds: row.event_future_window_seconds,
    },
    tax_registration_number: row.tax_registration_number,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
