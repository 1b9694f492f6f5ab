import Stripe from 'stripe';
import type { PaymentSettings } from './settings.js';

const clients = new Map<string, Stripe>();

/**
 * The official client for the configured account. `stripe_api_base` points it elsewhere
 * (stripe-mock, a proxy, the test suite's fake) through the client's own host/port/protocol
 * options. Network retries reuse the idempotency key Tariff passes, so a retry never duplicates.
 */
export function stripeClient(settings: PaymentSettings): Stripe {
  const key = settings.stripe_secret_key;
  if (!key) throw new Error('Stripe is not connected.');
  const cacheKey = `${key}@${settings.stripe_api_base ?? ''}`;
  const cached = clients.get(cacheKey);
  if (cached) return cached;
  const base = settings.stripe_api_base ? new URL(settings.stripe_api_base) : undefined;
  const client = new Stripe(key, {
    maxNetworkRetries: 2,
    timeout: 20_000,
    appInfo: { name: 'Tariff' },
    ...(base && {
      host: base.hostname,
      port: base.port || (base.protocol === 'https:' ? 443 : 80),
      protocol: base.protocol === 'http:' ? ('http' as const) : ('https' as const),
    }),
  });
  clients.set(cacheKey, client);
  return client;
}

/** Whether a Stripe error says the object does not exist (deleted in the dashboard, or another account). */
export function isResourceMissing(error: unknown): boolean {
  return (error as { code?: string }).code === 'resource_missing';
}
