import type { Db } from '../db/store.js';
import { ApiError } from '../shared/errors/index.js';
import type { PaymentSettingsTable } from './tables.js';
import './tables.js';

export type PaymentSettings = Omit<PaymentSettingsTable, 'id'>;

const DEFAULTS: PaymentSettings = {
  provider: 'manual',
  stripe_secret_key: null,
  stripe_webhook_secret: null,
  stripe_api_base: null,
  updated_at: new Date(0),
};

export async function loadSettings(db: Db): Promise<PaymentSettings> {
  const row = await db
    .selectFrom('payment_settings')
    .selectAll()
    .where('id', '=', 'default')
    .executeTakeFirst();
  return row ?? DEFAULTS;
}

export interface SettingsUpdate {
  provider?: 'manual' | 'stripe' | undefined;
  stripe?:
    | { secret_key?: string | undefined; webhook_secret?: string | undefined; api_base?: string | undefined }
    | undefined;
}

/** Applies an update; Stripe as provider needs both its secret key and its webhook signing secret. */
export async function saveSettings(db: Db, update: SettingsUpdate, now: Date): Promise<PaymentSettings> {
  const current = await loadSettings(db);
  const next: PaymentSettings = {
    provider: update.provider ?? current.provider,
    stripe_secret_key: update.stripe?.secret_key ?? current.stripe_secret_key,
    stripe_webhook_secret: update.stripe?.webhook_secret ?? current.stripe_webhook_secret,
    stripe_api_base: update.stripe?.api_base ?? current.stripe_api_base,
    updated_at: now,
  };
  if (next.provider === 'stripe' && !next.stripe_secret_key)
    throw new ApiError('parameter_missing', 'Connecting Stripe needs `stripe.secret_key`.', {
      param: 'stripe.secret_key',
    });
  if (next.provider === 'stripe' && !next.stripe_webhook_secret)
    throw new ApiError('parameter_missing', 'Connecting Stripe needs `stripe.webhook_secret` (whsec_…).', {
      param: 'stripe.webhook_secret',
    });
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('payment_settings')
      .values({ id: 'default', ...next })
      .onConflict((oc) => oc.column('id').doUpdateSet(next))
      .execute();
    // Connecting (again): what the sync job skipped meanwhile is pushed now. Pushes are
    // idempotent and check what Stripe already holds, so nothing is duplicated.
    if (current.provider !== 'stripe' && next.provider === 'stripe')
      await trx.deleteFrom('payment_sync_log').where('outcome', '=', 'skipped').execute();
  });
  return next;
}

/**
 * Disconnecting forgets the keys and falls back to manual collection. What Tariff knows about
 * Stripe objects (which customer and invoice is which) stays, so reconnecting later pushes only
 * what is missing instead of duplicating.
 */
export async function disconnectStripe(db: Db, now: Date): Promise<PaymentSettings> {
  const next: PaymentSettings = { ...DEFAULTS, updated_at: now };
  await db
    .insertInto('payment_settings')
    .values({ id: 'default', ...next })
    .onConflict((oc) => oc.column('id').doUpdateSet(next))
    .execute();
  return next;
}

/** Secrets never leave: the key shows only its mode and last four characters. */
export function settingsJson(s: PaymentSettings) {
  const key = s.stripe_secret_key;
  return {
    object: 'payment_settings' as const,
    provider: s.provider,
    stripe: {
      connected: s.provider === 'stripe',
      secret_key_hint: key ? `${key.slice(0, key.indexOf('_', 3) + 1)}…${key.slice(-4)}` : null,
      webhook_secret_set: s.stripe_webhook_secret !== null,
      api_base: s.stripe_api_base,
      webhook_path: '/v1/webhooks/stripe',
    },
    updated_at: s.updated_at.toISOString(),
  };
}
