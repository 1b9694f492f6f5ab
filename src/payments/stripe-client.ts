import Stripe from 'stripe';
import type { OutboundPolicy } from '../security/outbound.js';
import type { PaymentSettings } from './settings.js';

// One cache per outbound policy: a client carries the policy's agent.
const caches = new WeakMap<OutboundPolicy, Map<string, Stripe>>();

/**
 * The official client for the configured account. `stripe_api_base` points it elsewhere
 * (stripe-mock, a proxy, the test suite's fake) through the client's own host/port/protocol
 * options. Network retries reuse the idempotency key Tariff passes, so a retry never duplicates.
 */
export function stripeClient(settings: PaymentSettings, outbound: OutboundPolicy): Stripe {
  const key = settings.stripe_secret_key;
  if (!key) throw new Error('Stripe is not connected.');
  const clients = caches.get(outbound) ?? new Map<string, Stripe>();
  caches.set(outbound, clients);
  const cacheKey = `${key}@${settings.stripe_api_base ?? ''}`;
  const cached = clients.get(cacheKey);
  if (cached) return cached;
  const base = settings.stripe_api_base ? new URL(settings.stripe_api_base) : undefined;
  const client = new Stripe(key, {
    // The policy's agent refuses internal addresses when the socket connects (see src/security/outbound.ts).
    httpClient: Stripe.createNodeHttpClient(outbound.agentFor(base ?? new URL('https://api.stripe.com'))),
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
