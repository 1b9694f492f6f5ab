import { randomBytes } from 'node:crypto';
import { jetstreamManager } from '@nats-io/jetstream';
import { connect } from '@nats-io/transport-node';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTariff } from '../app/compose.js';
import { manualClock } from '../core/time/clock.js';
import { apiFor, type Harness, TEST_KEY } from '../testing/harness.js';
import { freshStore, TEST_STORES } from '../testing/stores.js';
import { applyFetch } from './apply.js';
import { decodeMessage } from './message.js';
import { type NatsServer, startNatsServer } from './nats-server.js';
import { streamName } from './partition.js';

/**
 * Log mode's asynchronous refusals (docs/scaling.md, "Refusals"): an event accepted by the API
 * and then refused by the apply worker is listed at /v1/meter_event_refusals and announced by one
 * `meter_event.refused` webhook event, written in the transaction that records it; applying the
 * same message again (a redelivery after a crash between commit and ack) records nothing new.
 */
const START = new Date('2026-03-10T12:00:00Z');
const PREFIX = `REF${randomBytes(3).toString('hex').toUpperCase()}`;

describe.each(TEST_STORES)('meter event refusals in log mode on %s', (kind) => {
  let nats: NatsServer;
  const h = { kind } as Harness;
  let customer: string;
  let meter: string;
  beforeAll(async () => {
    nats = await startNatsServer();
    const saved = { ...process.env };
    Object.assign(process.env, {
      TARIFF_INGEST: 'jetstream',
      TARIFF_INGEST_APPLY: 'inprocess',
      TARIFF_INGEST_PARTITIONS: '4',
      TARIFF_INGEST_STREAM: PREFIX,
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
    customer = (await h.api.post('/v1/customers', { external_id: 'acme' })).body.id;
    meter = (
      await h.api.post('/v1/meters', { event_name: 'api_calls', default_aggregation: { formula: 'sum' } })
    ).body.id;
  });
  afterAll(async () => {
    await h.tariff?.app.close();
    await h.store?.dispose();
    await nats?.stop();
  });

  const event = (identifier: string, value: string) => ({
    event_name: 'api_calls',
    identifier,
    payload: { customer: 'acme', value },
  });
  // A usage read waits until the log has applied everything published before it.
  const usage = async () =>
    (
      await h.api.get(`/v1/meters/${meter}/usage`, {
        start_time: '2026-03-10T00:00:00Z',
        end_time: '2026-03-11T00:00:00Z',
        customer,
      })
    ).body.data.map((d: { value: string }) => d.value);
  const refusedEvents = async () =>
    (await h.api.get('/v1/events', { type: 'meter_event.refused' })).body.data as {
      data: { object: { count: number; refusals: { id: string }[]; has_more: boolean } };
    }[];

  it('lists a duplicate sent after its first copy was applied, once, with one webhook event', async () => {
    expect((await h.api.post('/v1/meter_events', event('req-1', '40'))).status).toBe(200);
    expect(await usage()).toEqual(['40']);
    // The same identifier in a later request: the API cannot know it was stored; it accepts.
    const copy = await h.api.post('/v1/meter_events/batch', {
      events: [event('req-1', '99'), event('req-2', '2')],
    });
    expect(copy.body).toMatchObject({ accepted: 2, duplicates: 0, rejected: 0 });
    expect(await usage()).toEqual(['42']);

    const list = await h.api.get('/v1/meter_event_refusals');
    expect(list.status).toBe(200);
    expect(list.body).toMatchObject({ object: 'list', has_more: false });
    expect(list.body.data).toHaveLength(1);
    const r = list.body.data[0];
    expect(r).toMatchObject({
      object: 'meter_event_refusal',
      meter,
      customer,
      identifier: 'req-1',
      value: '99',
      reason: 'duplicate',
    });
    expect(r.id).toMatch(/^evt_/);
    expect((await h.api.get(`/v1/meter_event_refusals/${r.id}`)).body).toEqual(r);

    const events = await refusedEvents();
    expect(events).toHaveLength(1);
    expect(events[0]?.data.object).toMatchObject({ count: 1, has_more: false, refusals: [r] });
  });

  it('records nothing new when the same message is applied again (a redelivery)', async () => {
    const [r] = (await h.api.get('/v1/meter_event_refusals')).body.data;
    const part = await h.store.db
      .selectFrom('ingest_partitions')
      .select(['owner', 'checkpoint'])
      .where('partition', '=', r.partition)
      .executeTakeFirstOrThrow();
    expect(Number(part.checkpoint)).toBeGreaterThanOrEqual(r.sequence);
    // The very message JetStream would deliver again, applied again by its partition's owner.
    const nc = await connect({ servers: nats.url });
    try {
      const stored = await (await jetstreamManager(nc)).streams.getMessage(streamName(PREFIX, r.partition), {
        seq: r.sequence,
      });
      const again = await applyFetch(h.store.db, r.partition, part.owner as string, [
        { seq: r.sequence, message: decodeMessage(stored?.data ?? new Uint8Array()) },
      ]);
      expect(again.kind).toBe('applied');
    } finally {
      await nc.close();
    }
    expect((await h.api.get('/v1/meter_event_refusals')).body.data).toEqual([r]);
    expect(await refusedEvents()).toHaveLength(1);
    expect(await usage()).toEqual(['42']);
  });

  it('filters by customer, meter and creation time, and pages', async () => {
    // Requests whose events (meter, identifier) differ from every earlier request's: a request
    // with the same set inside JetStream's duplicate window is dropped by the log as a retry.
    await h.api.post('/v1/meter_events', event('req-2', '7'));
    await h.api.post('/v1/meter_events/batch', { events: [event('req-1', '7'), event('req-3', '3')] });
    expect(await usage()).toEqual(['45']);
    const all = (await h.api.get('/v1/meter_event_refusals')).body.data as {
      id: string;
      created_at: string;
    }[];
    expect(all).toHaveLength(3);
    expect(all.map((x) => x.id)).toEqual([...all.map((x) => x.id)].sort().reverse());
    const first = await h.api.get('/v1/meter_event_refusals', { limit: '2' });
    expect(first.body.has_more).toBe(true);
    const rest = await h.api.get('/v1/meter_event_refusals', {
      limit: '2',
      starting_after: first.body.data[1].id,
    });
    expect([...first.body.data, ...rest.body.data]).toEqual(all);
    expect(rest.body.has_more).toBe(false);
    expect((await h.api.get('/v1/meter_event_refusals', { customer })).body.data).toHaveLength(3);
    expect((await h.api.get('/v1/meter_event_refusals', { customer: 'cus_none' })).body.data).toEqual([]);
    expect((await h.api.get('/v1/meter_event_refusals', { meter: 'mtr_none' })).body.data).toEqual([]);
    expect((await h.api.get('/v1/meter_event_refusals', { meter })).body.data).toHaveLength(3);
    const later = new Date(Date.now() + 60_000).toISOString();
    expect((await h.api.get('/v1/meter_event_refusals', { 'created[gte]': later })).body.data).toEqual([]);
    expect((await h.api.get('/v1/meter_event_refusals', { 'created[lt]': later })).body.data).toHaveLength(3);
    // One webhook event per apply transaction: the two single requests may share one.
    const counts = (await refusedEvents()).map((e) => e.data.object.count);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('refuses bad queries with coded errors; test mode and unknown ids see nothing', async () => {
    const bad = await h.api.get('/v1/meter_event_refusals', { limit: 'many' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.type).toBe('invalid_request_error');
    expect((await h.api.get('/v1/meter_event_refusals', { 'created[gte]': 'yesterday' })).status).toBe(400);
    const missing = await h.api.get('/v1/meter_event_refusals/evt_nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error).toMatchObject({ code: 'resource_not_found', param: 'id' });
    const [r] = (await h.api.get('/v1/meter_event_refusals')).body.data;
    const test = apiFor(h.tariff, TEST_KEY, 'test');
    expect((await test.get('/v1/meter_event_refusals')).body.data).toEqual([]);
    expect((await test.get(`/v1/meter_event_refusals/${r.id}`)).status).toBe(404);
  });
});

describe.each(TEST_STORES)('meter event refusals in direct mode on %s', (kind) => {
  const h = { kind } as Harness;
  beforeAll(async () => {
    h.store = await freshStore(kind);
    h.tariff = await createTariff({
      store: h.store,
      clock: manualClock(START),
      logger: pino({ level: 'silent' }),
    });
    await h.tariff.services.keys.ensure(TEST_KEY, 'test');
    h.api = apiFor(h.tariff);
  });
  afterAll(async () => {
    await h.tariff?.app.close();
    await h.store?.dispose();
  });

  it('answers duplicates synchronously and lists nothing', async () => {
    await h.api.post('/v1/customers', { external_id: 'acme' });
    await h.api.post('/v1/meters', { event_name: 'api_calls', default_aggregation: { formula: 'sum' } });
    const e = { event_name: 'api_calls', identifier: 'req-1', payload: { customer: 'acme', value: '1' } };
    await h.api.post('/v1/meter_events', e);
    expect((await h.api.post('/v1/meter_events/batch', { events: [e] })).body.duplicates).toBe(1);
    expect((await h.api.get('/v1/meter_event_refusals')).body).toEqual({
      object: 'list',
      data: [],
      has_more: false,
    });
  });
});
