import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import { DEFAULT_DUNNING, type DunningPolicy } from '../core/billing/dunning-schedule.js';
import { DEFAULT_PAYMENT_TERMS } from '../core/billing/payment-terms.js';
import type { Account } from './account-schema.js';
import type { AccountTable } from './tables.js';

export type AccountRow = Selectable<AccountTable>;

/** The schema is the type: the answer cannot drift from what the document declares. */
export type AccountJson = Static<typeof Account>;

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
    address: row.address,
    phone: row.phone,
    bank_transfer: row.bank_transfer,
    payment_terms: row.payment_terms ?? DEFAULT_PAYMENT_TERMS,
    dunning: dunningJson(row.dunning ?? DEFAULT_DUNNING),
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

function dunningJson(p: DunningPolicy): AccountJson['dunning'] {
  return {
    reminders_days: [...p.reminders_days],
    retries_days: [...p.retries_days],
    final_action: p.final_action,
  };
}
