import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../shared/errors/index.js';
import { currentContext } from '../shared/request-context.js';
import { type Harness, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { meterEventJson } from './event.js';
import { createGroupCommit, type Outcome } from './group-commit.js';

describe('createGroupCommit', () => {
  const ok = <R>(value: R): Outcome<R> => ({ ok: true, value });

  it('writes the items submitted together in one call, in order, and answers each', async () => {
    const groups: number[][] = [];
    const g = createGroupCommit<number, number>(
      async (items) => {
        groups.push([...items]);
        return items.map((i) => ok(i * 10));
      },
      { windowMs: 2, maxItems: 100, maxInFlight: 1 },
    );
    const answers = await Promise.all([1, 2, 3, 4].map((i) => g.submit(i)));
    expect(answers).toEqual([10, 20, 30, 40]);
    expect(groups).toEqual([[1, 2, 3, 4]]);
  });

  it('splits at maxItems and writes a group in the fixed context, not the first request’s', async () => {
    const groups: number[][] = [];
    const contexts = new Set<string | undefined>();
    const g = createGroupCommit<number, number>(
      async (items) => {
        contexts.add(currentContext()?.requestId);
        groups.push([...items]);
        return items.map(ok);
      },
      { windowMs: 2, maxItems: 3, maxInFlight: 4 },
    );
    await Promise.all([1, 2, 3, 4, 5, 6, 7].map((i) => g.submit(i)));
    expect(groups.flat()).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(Math.max(...groups.map((x) => x.length))).toBeLessThanOrEqual(3);
    expect([...contexts]).toEqual(['system_metering-group-commit']);
  });

  it('when a group fails as a whole, writes each item alone so that a failure stays its own', async () => {
    const g = createGroupCommit<string, string>(
      async (items) => {
        if (items.length > 1 && items.includes('bad')) throw new Error('statement failed');
        if (items[0] === 'bad') throw new Error('bad alone');
        return items.map((i) => (i === 'refused' ? { ok: false, error: new Error('refused') } : ok(i)));
      },
      { windowMs: 2, maxItems: 100, maxInFlight: 1 },
    );
    const settled = await Promise.allSettled(['a', 'bad', 'refused', 'b'].map((i) => g.submit(i)));
    expect(settled.map((s) => (s.status === 'fulfilled' ? s.value : (s.reason as Error).message))).toEqual([
      'a',
      'bad alone',
      'refused',
      'b',
    ]);
  });

  it('with windowMs 0 writes every item alone', async () => {
    const groups: number[][] = [];
    const g = createGroupCommit<number, number>(
      async (items) => {
        groups.push([...items]);
        return items.map(ok);
      },
      { windowMs: 0, maxItems: 100, maxInFlight: 1 },
    );
    await Promise.all([1, 2, 3].map((i) => g.submit(i)));
    expect(groups).toEqual([[1], [2], [3]]);
  });
});

// Events drawn from a small pool so that identifiers repeat within a group and across groups, and
// bad events (unknown or inactive meter, missing customer, bad value, timestamp out of range,
// unknown parameter) are mixed in.
// Repeats weigh the draws towards good events: most of a group is stored or a duplicate.
const METERS = ['gc_sum', 'gc_sum', 'gc_sum', 'gc_max', 'gc_max', 'gc_off', 'gc_nope'] as const;
const CUSTOMERS = ['gc-a', 'gc-a', 'gc-b', 'gc-b', 'gc-missing'] as const;
const VALUES = ['1', '1', '2.50', '0.1', 7, 7, '-1', 'x'] as const;
const TIMES = ['none', 'none', 'none', 'hour_ago', 'hour_ago', 'long_ago', 'future'] as const;

const eventArb = fc.record({
  meter: fc.constantFrom(...METERS),
  customer: fc.constantFrom(...CUSTOMERS),
  identifier: fc.option(fc.constantFrom('i0', 'i1', 'i2', 'i3'), { nil: undefined }),
  value: fc.constantFrom(...VALUES),
  time: fc.constantFrom(...TIMES),
  model: fc.option(fc.constantFrom('tiny', 'large'), { nil: undefined }),
  extra: fc.constantFrom(false, false, false, false, false, false, false, false, false, true),
});
type Drawn = typeof eventArb extends fc.Arbitrary<infer T> ? T : never;

function eventOf(e: Drawn, run: number, now: Date) {
  const at = {
    none: undefined,
    hour_ago: new Date(now.getTime() - 3_600_000).toISOString(),
    long_ago: new Date(now.getTime() - 40 * 86_400_000).toISOString(),
    future: Math.floor(now.getTime() / 1000) + 600,
  }[e.time];
  return {
    event_name: e.meter,
    payload: { customer: e.customer, value: e.value, ...(e.model && { model: e.model }) },
    ...(e.identifier !== undefined && { identifier: `r${run}-${e.identifier}` }),
    ...(at !== undefined && { timestamp: at }),
    ...(e.extra && { extra: 1 }),
  };
}

/** Ids and the store's own ids (meters, customers) replaced by names that both stores share. */
function normaliser(h: Harness, customers: Map<string, string>) {
  const ids = new Map<string, string>();
  const id = (v: string) => {
    if (!v.startsWith('evt_')) return v;
    if (!ids.has(v)) ids.set(v, `#${ids.size}`);
    return ids.get(v) as string;
  };
  return {
    async answer(raw: unknown) {
      try {
        const { row, meter, status } = await h.tariff.services.metering.recordEvent(raw);
        const json = meterEventJson(row, meter.event_name);
        expect(json.id).toMatch(/^evt_[0-9A-Z]{29}$/);
        return {
          status,
          ...json,
          id: id(json.id),
          identifier: id(json.identifier),
          meter: meter.event_name,
          customer: customers.get(json.customer),
        };
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        return { code: error.code, message: error.message.replace(/mtr_\w+/g, 'mtr'), param: error.param };
      }
    },
    async rows(createdAt: Date) {
      const rows = await h.tariff.store.db
        .selectFrom('meter_events')
        .innerJoin('meters', 'meters.id', 'meter_events.meter_id')
        .select([
          'meters.event_name',
          'meter_events.identifier',
          'meter_events.id',
          'meter_events.customer_id',
          'meter_events.ts',
          'meter_events.value',
          'meter_events.dimensions',
          'meter_events.created_at',
        ])
        .where('meter_events.created_at', '=', createdAt)
        .execute();
      return rows
        .map((r) => ({
          ...r,
          id: id(r.id),
          identifier: id(r.identifier),
          customer_id: customers.get(r.customer_id),
        }))
        .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));
    },
  };
}

describe.each(TEST_STORES)('group commit of single events on %s', (kind) => {
  const start = new Date('2026-03-10T12:00:00Z');
  // `grouped` receives each wave of events at once; `alone` the same events one after the other.
  const grouped = useTariff(kind, start);
  const alone = useTariff(kind, start);
  const customers = [new Map<string, string>(), new Map<string, string>()];

  beforeAll(async () => {
    for (const [i, h] of [grouped, alone].entries()) {
      for (const ext of ['gc-a', 'gc-b']) {
        const res = await h.api.post('/v1/customers', { external_id: ext });
        customers[i]?.set(res.body.id, ext);
      }
      await h.api.post('/v1/meters', {
        event_name: 'gc_sum',
        default_aggregation: { formula: 'sum' },
        dimension_payload_keys: ['model'],
      });
      await h.api.post('/v1/meters', { event_name: 'gc_max', default_aggregation: { formula: 'max' } });
      await h.api.post('/v1/meters', { event_name: 'gc_off', default_aggregation: { formula: 'sum' } });
      await h.api.post('/v1/meters/gc_off/deactivate');
    }
  });

  it('any interleaving of concurrent single events answers and stores what one-by-one sending does', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(eventArb, { minLength: 1, maxLength: 8 }), { minLength: 1, maxLength: 4 }),
        async (waves) => {
          run++;
          const now = new Date(start.getTime() + run * 3_600_000);
          grouped.clock.set(now);
          alone.clock.set(now);
          const g = normaliser(grouped, customers[0] as Map<string, string>);
          const a = normaliser(alone, customers[1] as Map<string, string>);
          const events = waves.map((wave) => wave.map((e) => eventOf(e, run, now)));
          const groupedAnswers: unknown[] = [];
          for (const wave of events)
            groupedAnswers.push(...(await Promise.all(wave.map((e) => g.answer(e)))));
          const aloneAnswers: unknown[] = [];
          for (const e of events.flat()) aloneAnswers.push(await a.answer(e));
          expect(groupedAnswers).toEqual(aloneAnswers);
          expect(await g.rows(now)).toEqual(await a.rows(now));
        },
      ),
      { numRuns: 25 },
    );
  });

  it('coalesces concurrent HTTP requests, Tariff’s and Stripe’s, and answers each as alone', async () => {
    grouped.clock.set(new Date('2026-04-01T00:00:00Z'));
    const posts = await Promise.all([
      grouped.api.post('/v1/meter_events', {
        event_name: 'gc_sum',
        identifier: 'http-1',
        payload: { customer: 'gc-a', value: '3' },
      }),
      grouped.api.post('/v1/meter_events', {
        event_name: 'gc_sum',
        identifier: 'http-1',
        payload: { customer: 'gc-b', value: '4' },
      }),
      grouped.api.post('/v1/meter_events', {
        event_name: 'gc_off',
        identifier: 'http-2',
        payload: { customer: 'gc-a', value: '1' },
      }),
      grouped.api.raw({
        method: 'POST',
        url: '/v1/billing/meter_events',
        headers: {
          authorization: 'Bearer sk_test_tariff_harness_key_0000000000',
          'content-type': 'application/x-www-form-urlencoded',
        },
        payload: 'event_name=gc_sum&identifier=http-3&payload[customer]=gc-missing&payload[value]=1',
      }),
    ]);
    const [first, dup, inactive, stripe] = posts;
    expect(first?.status).toBe(200);
    expect(first?.body).toMatchObject({ identifier: 'http-1', value: '3', status: 'accepted' });
    expect(dup?.body).toMatchObject({ id: first?.body.id, value: '3', status: 'duplicate' });
    expect(inactive?.status).toBe(400);
    expect(inactive?.body.error.code).toBe('meter_inactive');
    expect(stripe?.statusCode).toBe(404);
    expect(stripe?.json().error.code).toBe('customer_not_found');
  });
});
