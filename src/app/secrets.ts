import type { Store } from '../db/store.js';
import { PAYMENT_SECRET_COLUMNS } from '../payments/settings.js';
import { loadKeyring } from '../security/key-source.js';
import { type OutboundOptions, type OutboundPolicy, outboundPolicy } from '../security/outbound.js';
import { type SecretColumn, sealAtStartup } from '../security/sealed-columns.js';
import { ephemeralKeyring, type Keyring } from '../security/secret-box.js';
import { WEBHOOK_SECRET_COLUMNS } from '../webhooks/service.js';

/** Every column holding a secret sealed at rest; a slice that stores a new kind adds it here. */
export const SECRET_COLUMNS: readonly SecretColumn[] = [...PAYMENT_SECRET_COLUMNS, ...WEBHOOK_SECRET_COLUMNS];

// The CLI loads the keyring where it opens the store (it knows the data directory) and binds it
// to the store, so every command that composes a Tariff on that store uses it.
const bound = new WeakMap<Store, Keyring>();
export function bindKeyring(store: Store, keyring: Keyring): void {
  bound.set(store, keyring);
}

export interface SecurityOptions {
  readonly secrets?: Keyring | undefined;
  readonly outbound?: OutboundOptions | undefined;
}

/**
 * Resolves the keyring (explicit, bound by the CLI, else `TARIFF_SECRET_KEY` or the process's
 * ephemeral key: tests and in-memory stores), seals what is still plain text, and builds the
 * outbound policy.
 */
export async function prepareSecurity(
  store: Store,
  options: SecurityOptions,
): Promise<{ secrets: Keyring; outbound: OutboundPolicy }> {
  const secrets =
    options.secrets ??
    bound.get(store) ??
    (process.env.TARIFF_SECRET_KEY
      ? loadKeyring({ dataDir: 'memory://', inMemory: true }).keyring
      : ephemeralKeyring());
  await sealAtStartup(store.db, secrets, SECRET_COLUMNS);
  return { secrets, outbound: outboundPolicy(options.outbound) };
}
