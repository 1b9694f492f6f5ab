import type Stripe from 'stripe';
import type { Db } from '../db/store.js';
import type { PayableCustomer } from './provider.js';
import { isResourceMissing } from './stripe-client.js';
import { paramsHash, stripeCustomerParams } from './stripe-mapping.js';
import './tables.js';

/**
 * Makes the customer's Stripe Customer exist and carry its current billing details. Every call
 * has an idempotency key derived from Tariff's id (and, for updates, from what is sent), so a
 * retry after a crash or a timeout replays instead of creating a second customer.
 */
export async function syncStripeCustomer(
  db: Db,
  stripe: Stripe,
  customer: PayableCustomer,
  now: Date,
  options: { force?: boolean } = {},
): Promise<string> {
  const params = stripeCustomerParams(customer);
  const hash = paramsHash(params);
  const mapped = await db
    .selectFrom('stripe_customers')
    .selectAll()
    .where('customer_id', '=', customer.id)
    .executeTakeFirst();
  if (mapped && mapped.synced_hash === hash && !options.force) return mapped.stripe_id;

  let stripeId = mapped?.stripe_id;
  // What Stripe holds now is part of the update's key: re-sending the same details over an edit
  // made in the dashboard is a new request, not a replay of the earlier one.
  let remoteDigest = 'new';
  if (stripeId) {
    try {
      const existing = await stripe.customers.retrieve(stripeId);
      if ((existing as { deleted?: boolean }).deleted) stripeId = undefined;
      else {
        const c = existing as Stripe.Customer;
        remoteDigest = paramsHash([c.name, c.email, c.address, c.metadata]);
      }
    } catch (error) {
      if (!isResourceMissing(error)) throw error;
      stripeId = undefined;
    }
  }
  if (!stripeId) {
    // The create body is the same on every retry (only the Tariff id), so its key replays
    // safely; a replacement for a customer deleted in Stripe gets a key naming the one it replaces.
    const created = await stripe.customers.create(
      { metadata: { tariff_customer_id: customer.id } },
      { idempotencyKey: `tariff:${customer.id}:customer${mapped ? `:replaces:${mapped.stripe_id}` : ''}` },
    );
    stripeId = created.id;
  }
  await stripe.customers.update(stripeId, params, {
    idempotencyKey: `tariff:${customer.id}:customer:${stripeId}:update:${hash}:${remoteDigest}`,
  });
  await db
    .insertInto('stripe_customers')
    .values({ customer_id: customer.id, stripe_id: stripeId, synced_hash: hash, synced_at: now })
    .onConflict((oc) =>
      oc.column('customer_id').doUpdateSet({ stripe_id: stripeId, synced_hash: hash, synced_at: now }),
    )
    .execute();
  return stripeId;
}
