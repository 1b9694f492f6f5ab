import fc from 'fast-check';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTariff } from '../app/compose.js';
import { manualClock } from '../core/time/clock.js';
import { apiFor, type Harness, TEST_KEY, useTariff } from '../testing/harness.js';
import { freshStore, TEST_STORES } from '../testing/stores.js';
import { type NatsServer, startNatsServer } from './nats-server.js';

/**
 * One metering scenario run twice on each store: through today's direct path and through the
 * JetStream ingest log (TARIFF_INGEST=jetstream, a real nats-server, applied in-process). Every
 * read must answer the same: each formula, dimensions, filters, calendar buckets, windows with
 * partial hours, single events and batches, refusals within a batch, cancels. What differs by
 * design: a duplicate of an event accepted by an earlier request is `duplicate` at once on the
 * direct path, and `accepted` in log mode and then reported in ingest_log_refusals.
 * (`npx vitest run -c src/ingest-log/vitest.log-mode.config.ts src/metering` runs the whole
 * metering suite in log mode.)
 */
const START = new Date('2026-03-10T12:00:00Z');
const FORMULAS = ['sum', 'count', 'max', 'last', 'unique_count'] as const;

interface Ev {
  customer: number;
  formula: (typeof FORMULAS)[number];
  n: number;
  value: number;
  model: 'a' | 'b';
  minutesAgo: number;
}

const scenario = fc.sample(
  fc.array(
    fc.array(
      fc.record({
        customer: fc.nat(2),
        formula: fc.constantFrom(...FORMULAS),
        n: fc.nat(40),
        value: fc.integer({ min: 0, max: 900 }),
        model: fc.constantFrom('a' as const, 'b' as const),
        minutesAgo: fc.integer({ min: 0, max: 3 * 24 * 60 }),
      }),
      { minLength: 1, maxLength: 30 },
    ),
    { minLength: 6, maxLength: 6 },
  ),
  { numRuns: 1, seed: 16 },
)[0] as Ev[][];

const WINDOWS = [
  { start_time: '2026-03-01T00:00:00Z', end_time: '2026-03-11T00:00:00Z' },
  { start_time: '2026-03-08T10:17:00Z', end_time: '2026-03-10T11:42:00Z' },
  { start_time: '2026-03-09T00:00:00Z', end_time: '2026-03-10T13:00:00Z', granularity: 'day' },
];

async function play(h: Harness) {
  const customers: string[] = [];
  for (let c = 0; c < 3; c++)
    customers.push((await h.api.post('/v1/customers', { external_id: `shared-${c}` })).body.id);
  const meters = new Map<string, string>();
  for (const f of FORMULAS) {
    const res = await h.api.post('/v1/meters', {
      event_name: `shared_${f}`,
      default_aggregation: { formula: f },
      dimension_payload_keys: ['model'],
    });
    meters.set(f, res.body.id);
  }
  const answers: unknown[] = [];
  const body = (e: Ev) => ({
    event_name: `shared_${e.formula}`,
    identifier: `e-${e.customer}-${e.n}`,
    timestamp: new Date(START.getTime() - e.minutesAgo * 60_000).toISOString(),
    payload: { customer: customers[e.customer], value: String(e.value), model: e.model },
  });
  for (const [i, batch] of scenario.entries()) {
    if (i % 2 === 0) {
      // A batch, with a refused event and the within-batch repeats the generator made.
      const res = await h.api.post('/v1/meter_events/batch', {
        events: [...batch.map(body), { event_name: 'no_such_meter', payload: { value: '1' } }],
      });
      answers.push(res.body.rejected);
    } else {
      for (const e of batch.slice(0, 6)) answers.push((await h.api.post('/v1/meter_events', body(e))).status);
    }
  }
  const first = scenario[0]?.[0] as Ev;
  answers.push((await h.api.post('/v1/meter_events/cancel', body(first))).status);
  for (const f of FORMULAS) {
    for (const w of WINDOWS) {
      for (const c of [...customers, undefined]) {
        const res = await h.api.get(`/v1/meters/${meters.get(f)}/usage`, {
          ...w,
          ...(c && { customer: c }),
          group_by: 'model',
        });
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        answers.push(res.body.data.map((d: { value: string; group?: string }) => [d.value, d.group]));
      }
    }
  }
  return answers;
}

describe.each(TEST_STORES)(
  'the same metering scenario, direct and through the JetStream log, on %s',
  (kind) => {
    let nats: NatsServer;
    const direct = useTariff(kind, START);
    const logged = { kind } as Harness;
    beforeAll(async () => {
      nats = await startNatsServer();
      const saved = { ...process.env };
      Object.assign(process.env, {
        TARIFF_INGEST: 'jetstream',
        TARIFF_INGEST_APPLY: 'inprocess',
        TARIFF_INGEST_PARTITIONS: '4',
        TARIFF_INGEST_STREAM: 'SHARED*',
        NATS_URL: nats.url,
      });
      try {
        logged.store = await freshStore(kind);
        logged.clock = manualClock(START);
        logged.tariff = await createTariff({
          store: logged.store,
          clock: logged.clock,
          logger: pino({ level: 'silent' }),
        });
      } finally {
        process.env = saved;
      }
      await logged.tariff.services.keys.ensure(TEST_KEY, 'test');
      logged.api = apiFor(logged.tariff);
    });
    afterAll(async () => {
      await logged.tariff?.app.close();
      await logged.store?.dispose();
      await nats?.stop();
    });

    it('answers every read the same in both modes', async () => {
      const a = await play(direct);
      const b = await play(logged);
      expect(b).toEqual(a);
    });

    it('reports a duplicate of an earlier request asynchronously in log mode', async () => {
      const event = {
        event_name: 'shared_sum',
        identifier: 'late-copy',
        payload: { customer: 'shared-0', value: '5' },
      };
      const ask = (h: Harness) => h.api.post('/v1/meter_events/batch', { events: [event] });
      expect((await ask(direct)).body.duplicates).toBe(0);
      expect((await ask(direct)).body.duplicates).toBe(1);
      expect((await ask(logged)).body.accepted).toBe(1);
      // The retry of a request inside JetStream's duplicate window is dropped by the log itself
      // (same Nats-Msg-Id); a copy in a different request reaches a worker, which refuses it.
      expect((await ask(logged)).body.accepted).toBe(1);
      await logged.api.post('/v1/meter_events/batch', {
        events: [event, { ...event, identifier: 'another' }],
      });
      await logged.api.get('/v1/meters/shared_sum/usage', {
        start_time: '2026-03-01T00:00:00Z',
        end_time: '2026-03-11T00:00:00Z',
      });
      const refused = await sql<{ identifier: string; code: string }>`
      select identifier, code from ingest_log_refusals
      where identifier in ('late-copy', 'another')`.execute(logged.store.db);
      expect(refused.rows).toEqual([{ identifier: 'late-copy', code: 'duplicate' }]);
    });
  },
);
