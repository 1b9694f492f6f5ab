import { encodeTime } from 'ulidx';
import type { Db } from '../db/store.js';
import { retryDelayMs } from '../webhooks/backoff.js';
import { outbox } from '../webhooks/outbox.js';
import type { InvoicingPort, PayableCustomer, PaymentProvider } from './provider.js';
import './tables.js';

/** The outbox events that change what Stripe must hold. */
export const SYNCED_EVENT_TYPES = ['customer.created', 'customer.updated', 'invoice.finalized'] as const;
const BATCH = 50;
/** A push that keeps failing is left for `tariff stripe reconcile` after this many attempts. */
export const MAX_SYNC_ATTEMPTS = 8;
/**
 * How far back the job looks. Event ids are ULIDs stamped with wall-clock time, so this bound is
 * an index range on `events (type, id)` instead of a scan of the whole outbox every 2 seconds.
 * Anything older that Stripe still lacks is `tariff stripe reconcile`'s job.
 */
export const SYNC_WINDOW_MS = 30 * 24 * 3_600_000;

export interface SyncDeps {
  readonly db: Db;
  readonly provider: () => Promise<PaymentProvider>;
  readonly getCustomer: (id: string) => Promise<PayableCustomer>;
  readonly invoicing: () => InvoicingPort;
}

/**
 * Drives Stripe from the outbox, outside billing's transactions: customer events sync the
 * customer, `invoice.finalized` pushes the invoice and stores its hosted page on Tariff's invoice.
 * With the manual provider the events are marked skipped (reconcile pushes them after connecting).
 * Returns how many events were handled.
 */
export async function runPaymentSync(deps: SyncDeps, now: Date): Promise<number> {
  const { db } = deps;
  const rows = await outbox(db)
    .leftJoin('payment_sync_log as l', 'l.event_id', 'e.id')
    .select(['e.id', 'e.type', 'e.data', 'l.outcome', 'l.attempts', 'l.processed_at'])
    .where('e.type', 'in', [...SYNCED_EVENT_TYPES])
    .where('e.id', '>=', `ev_${encodeTime(Date.now() - SYNC_WINDOW_MS, 10)}`)
    .where((eb) =>
      eb.or([
        eb('l.event_id', 'is', null),
        eb.and([eb('l.outcome', '=', 'failed'), eb('l.attempts', '<', MAX_SYNC_ATTEMPTS)]),
      ]),
    )
    .orderBy('e.id')
    .limit(BATCH)
    .execute();
  const due = rows.filter(
    (r) =>
      r.processed_at === null || r.processed_at.getTime() + retryDelayMs(r.attempts ?? 0) <= now.getTime(),
  );
  if (due.length === 0) return 0;
  const provider = await deps.provider();
  for (const event of due) {
    const attempts = (event.attempts ?? 0) + 1;
    let outcome: 'pushed' | 'skipped' | 'failed' = 'pushed';
    let error: string | null = null;
    if (provider.name !== 'stripe') outcome = 'skipped';
    else {
      try {
        const id = String((event.data as { id?: unknown }).id);
        if (event.type === 'invoice.finalized') {
          const invoicing = deps.invoicing();
          const invoice = await invoicing.get(id);
          // Paid by hand or voided before the push ran: there is nothing left to collect.
          if (invoice.status !== 'open') outcome = 'skipped';
          else {
            const result = await provider.collect(invoice);
            if (result.hostedInvoiceUrl) await invoicing.setHostedInvoiceUrl(id, result.hostedInvoiceUrl);
          }
        } else {
          await provider.syncCustomer(await deps.getCustomer(id));
        }
      } catch (e) {
        outcome = 'failed';
        error = e instanceof Error ? e.message : String(e);
      }
    }
    await db
      .insertInto('payment_sync_log')
      .values({ event_id: event.id, outcome, error, attempts, processed_at: now })
      .onConflict((oc) => oc.column('event_id').doUpdateSet({ outcome, error, attempts, processed_at: now }))
      .execute();
  }
  return due.length;
}
