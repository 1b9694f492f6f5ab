import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTariff } from '../app/compose.js';
import { manualClock } from '../core/time/clock.js';
import { apiFor, type Harness, TEST_KEY } from '../testing/harness.js';
import { freshStore, TEST_STORES } from '../testing/stores.js';
import { type NatsServer, startNatsServer } from './nats-server.js';

/**
 * Log mode on PGlite (one connection shared by the requests and the server's own applier): a read
 * made while holding that connection (a billing transaction, the entitlement check's pinned
 * connection) must not wait for the applier. It used to: the read barrier asked for a second
 * connection and the server stopped answering. Now a publish is answered only once applied, so an
 * acknowledged event is already stored; on PostgreSQL the barrier reads through the caller's
 * connection, so a full pool cannot stall it either.
 */
const START = new Date('2026-03-10T12:00:00Z');

describe.each(TEST_STORES)('log mode reads inside a held connection on %s', (kind) => {
  let nats: NatsServer;
  const h = { kind } as Harness;
  beforeAll(async () => {
    nats = await startNatsServer();
    const saved = { ...process.env };
    Object.assign(process.env, {
      TARIFF_INGEST: 'jetstream',
      TARIFF_INGEST_APPLY: 'inprocess',
      TARIFF_INGEST_PARTITIONS: '4',
      TARIFF_INGEST_STREAM: `SC${randomBytes(3).toString('hex').toUpperCase()}`,
      NATS_URL: nats.url,
    });
    try {
      h.store = await freshStore(kind);
      h.clock = manualClock(START);
      h.tariff = await createTariff({ store: h.store, clock: h.clock, logger: pino({ level: 'silent' }) });
    } finally {
      process.env = saved;
    }
    await h.tariff.services.keys.ensure(TEST_KEY, 'test');
    h.api = apiFor(h.tariff);
  });
  afterAll(async () => {
    await h.tariff?.app.close();
    await h.store?.dispose();
    await nats?.stop();
  });

  it('answers a usage read made inside a transaction, exactly, right after the events were accepted', async () => {
    const customer = (await h.api.post('/v1/customers', { external_id: 'held' })).body.id;
    const meter = (
      await h.api.post('/v1/meters', { event_name: 'calls', default_aggregation: { formula: 'sum' } })
    ).body.id;
    const sent = await h.api.post('/v1/meter_events/batch', {
      events: Array.from({ length: 20 }, (_, i) => ({
        event_name: 'calls',
        identifier: `held-${i}`,
        timestamp: '2026-03-10T11:00:00Z',
        payload: { customer: 'held', value: String(i + 1) },
      })),
    });
    expect(sent.status, JSON.stringify(sent.body)).toBe(200);
    const query = {
      meterId: meter,
      customerId: customer,
      start: new Date('2026-03-10T00:00:00Z'),
      end: START,
    };
    const inTransaction = await Promise.race([
      h.store.db.transaction().execute((trx) => h.tariff.services.metering.aggregate(query, trx)),
      new Promise<never>((_, reject) => setTimeout(() => reject(new Error('the read stalled')), 20_000)),
    ]);
    expect(inTransaction.toFixed()).toBe('210');
    if (kind === 'pglite') {
      // Acknowledged means applied on PGlite: the rows are there without waiting.
      const stored = await sql<{ n: string }>`select count(*)::text as n from meter_events`.execute(
        h.store.db,
      );
      expect(stored.rows[0]?.n).toBe('20');
    }
  });
});
