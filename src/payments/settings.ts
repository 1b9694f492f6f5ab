import type { Static } from 'typebox';
import type { Db } from '../db/store.js';
import type { OutboundPolicy } from '../security/outbound.js';
import { openStored, type SecretColumn } from '../security/sealed-columns.js';
import type { Keyring } from '../security/secret-box.js';
import { ApiError } from '../shared/errors/index.js';
import type { PaymentSettings as PaymentSettingsSchema } from './json-schemas.js';
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

/** The Stripe keys are sealed at rest (see src/security/secret-box.ts). */
export const PAYMENT_SECRET_COLUMNS: readonly SecretColumn[] = [
  { table: 'payment_settings', key: 'id', column: 'stripe_secret_key' },
  { table: 'payment_settings', key: 'id', column: 'stripe_webhook_secret' },
];

export interface SettingsSecurity {
  readonly secrets: Keyring;
  readonly outbound: OutboundPolicy;
}

/** The settings with their secrets opened (the stored row holds them sealed). */
export async function loadSettings(db: Db, secrets: Keyring): Promise<PaymentSettings> {
  const row = await db
    .selectFrom('payment_settings')
    .selectAll()
    .where('id', '=', 'default')
    .executeTakeFirst();
  if (!row) return DEFAULTS;
  const { id: _id, ...settings } = row;
  return {
    ...settings,
    stripe_secret_key: openStored(secrets, row.stripe_secret_key),
    stripe_webhook_secret: openStored(secrets, row.stripe_webhook_secret),
  };
}

export interface SettingsUpdate {
  provider?: 'manual' | 'stripe' | undefined;
  stripe?:
    | { secret_key?: string | undefined; webhook_secret?: string | undefined; api_base?: string | undefined }
    | undefined;
}

/** Applies an update; Stripe as provider needs both its secret key and its webhook signing secret. */
export async function saveSettings(
  db: Db,
  security: SettingsSecurity,
  update: SettingsUpdate,
  now: Date,
): Promise<PaymentSettings> {
  const current = await loadSettings(db, security.secrets);
  const apiBase = update.stripe?.api_base;
  if (apiBase !== undefined) {
    const refusal = security.outbound.urlRefusal(apiBase);
    if (refusal)
      throw new ApiError('parameter_invalid', `\`stripe.api_base\` ${refusal}.`, {
        param: 'stripe.api_base',
      });
    // The stored key is sent as a bearer token to whatever host api_base names: moving it
    // elsewhere must not hand the existing key to that host, so the key comes with the move.
    if (apiBase !== current.stripe_api_base && !update.stripe?.secret_key)
      throw new ApiError(
        'parameter_missing',
        'Changing `stripe.api_base` needs `stripe.secret_key` in the same request: the stored key is never sent to a new host.',
        { param: 'stripe.secret_key' },
      );
  }
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
  const seal = (v: string | null) => (v === null ? null : security.secrets.seal(v));
  const stored = {
    ...next,
    stripe_secret_key: seal(next.stripe_secret_key),
    stripe_webhook_secret: seal(next.stripe_webhook_secret),
  };
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('payment_settings')
      .values({ id: 'default', ...stored })
      .onConflict((oc) => oc.column('id').doUpdateSet(stored))
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
export function settingsJson(s: PaymentSettings): Static<typeof PaymentSettingsSchema> {
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
