import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { dimensionKey } from './event-parse.js';
import type { Formula } from './tables.js';

/**
 * Ingestion at its edges: the row-count insert and the refusal lookup (duplicates, meters
 * deactivated by another process, concurrent batches sharing identifiers), dimension sets looked
 * up by position (odd strings, many sets), the fold rebuilding dimensions from dim_key, and
 * strings PostgreSQL cannot store. Everything goes through the HTTP API except where a stale meter
 * cache or a fold is needed.
 */

interface BatchBody {
  results: { index: number; identifier: string | null; status: string; error?: { code: string } }[];
  accepted: number;
  duplicates: number;
  rejected: number;
}

const outcome = (body: BatchBody) => body.results.map((r) => r.error?.code ?? r.status);

// Dimension values PostgreSQL can store, but that need escaping in JSON, in array literals or both.
const ODD = [
  'plain',
  'with "quotes"',
  "it's",
  'back\\slash',
  '\\"',
  '\\u0041',
  'tab\tnew\nline\r',
  '\u0001\u001f',
  'ünïcödé',
  '日本語',
  '😀 emoji',
  '\u2028\u2029',
  '{}',
  '[]',
  '[["model","x"]]',
  ',',
  'NULL',
  'null',
  ' ',
  'a:b',
  '',
  'x'.repeat(255),
];

// Strings a text or jsonb column cannot hold: NUL, and lone surrogates (not valid UTF-8).
const UNSTORABLE: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udc00'],
];

describe.each(TEST_STORES)('ingestion and fold after 1673cf4 on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-10T12:00:00Z'));
  let customer: string;
  let meterN = 0;

  const batch = async (events: unknown[]) => {
    const res = await h.api.post<BatchBody>('/v1/meter_events/batch', { events });
    return res;
  };
  const newMeter = async (formula: Formula, dims: string[] = []) => {
    const name = `r${meterN++}_${formula}`;
    const res = await h.api.post('/v1/meters', {
      event_name: name,
      default_aggregation: { formula },
      ...(dims.length > 0 && { dimension_payload_keys: dims }),
    });
    expect(res.status).toBe(200);
    return res.body as { id: string; event_name: string };
  };
  const total = async (meter: string) =>
    (
      await h.api.get(`/v1/meters/${meter}/usage`, {
        customer,
        start_time: '2026-03-01T00:00:00Z',
        end_time: '2026-03-11T00:00:00Z',
      })
    ).body.data[0]?.value ?? '0';

  it('sets up a customer', async () => {
    customer = (await h.api.post('/v1/customers', { external_id: 'review' })).body.id;
    expect(customer).toMatch(/^cus_/);
  });

  describe('dimension sets by array position', () => {
    it('stores each event with its own dimensions and key (odd strings, empty sets, many sets)', async () => {
      const meter = await newMeter('sum', ['model', 'région "r"']);
      const events: { identifier: string; payload: Record<string, string> }[] = [];
      ODD.forEach((v, i) => {
        if (v === '') return; // empty strings are not dimension values (rejected by measure)
        events.push({ identifier: `odd-${i}`, payload: { customer, value: '1', model: v } });
        events.push({ identifier: `odd-r-${i}`, payload: { customer, value: '1', 'région "r"': v } });
        events.push({
          identifier: `odd-b-${i}`,
          payload: { customer, value: '1', model: v, 'région "r"': ODD[(i + 3) % ODD.length] || 'z' },
        });
        events.push({ identifier: `odd-none-${i}`, payload: { customer, value: '1' } });
      });
      for (let i = 0; i < 400; i++)
        events.push({ identifier: `many-${i}`, payload: { customer, value: '1', model: `m-${i}` } });
      const res = await batch(events.map((e) => ({ event_name: meter.event_name, ...e })));
      expect(res.status).toBe(200);
      expect(res.body.accepted).toBe(events.length);
      const rows = await h.tariff.store.db
        .selectFrom('meter_events')
        .select(['identifier', 'dim_key', 'dimensions'])
        .where('meter_id', '=', meter.id)
        .execute();
      const byId = new Map(rows.map((r) => [r.identifier, r]));
      for (const e of events) {
        const dims: Record<string, string> = {};
        for (const [k, v] of Object.entries(e.payload)) if (k !== 'customer' && k !== 'value') dims[k] = v;
        const row = byId.get(e.identifier);
        expect(row?.dimensions, e.identifier).toEqual(dims);
        // The stored format, independently of dimensionKey: JSON of the sorted [name, value] pairs.
        const sorted = Object.keys(dims).sort();
        expect(row?.dim_key, e.identifier).toBe(JSON.stringify(sorted.map((k) => [k, dims[k]])));
        expect(dimensionKey(dims)).toBe(row?.dim_key);
      }
    });
  });

  describe('usage answers the same before and after a fold', () => {
    const formulas: Formula[] = ['sum', 'count', 'max', 'last', 'unique_count'];
    for (const formula of formulas) {
      it(`${formula}: grouped, filtered and plain, hour and day, odd dimension strings`, async () => {
        const dimNames = ['model', 'k "q" \\ ü'];
        const meter = await newMeter(formula, dimNames);
        const values = ODD.filter((v) => v !== '');
        const events = values.flatMap((v, i) => [
          {
            event_name: meter.event_name,
            identifier: `${formula}-a-${i}`,
            timestamp: new Date(Date.parse('2026-03-08T00:00:00Z') + i * 37 * 60_000).toISOString(),
            payload: { customer, value: formula === 'unique_count' ? v : String(i % 7), model: v },
          },
          {
            event_name: meter.event_name,
            identifier: `${formula}-b-${i}`,
            timestamp: new Date(Date.parse('2026-03-09T05:00:00Z') + i * 53 * 60_000).toISOString(),
            payload: {
              customer,
              value: String((i * 3) % 11),
              model: v,
              [dimNames[1] as string]: values[(i + 1) % values.length],
            },
          },
          {
            event_name: meter.event_name,
            identifier: `${formula}-c-${i}`,
            timestamp: new Date(Date.parse('2026-03-09T23:00:00Z') + i * 11 * 60_000).toISOString(),
            payload: {
              customer,
              value: formula === 'unique_count' ? `${v.slice(0, 250)}-${i % 4}` : String(i % 5),
            },
          },
        ]);
        const res = await batch(events);
        expect(res.status).toBe(200);
        expect(res.body.accepted).toBe(events.length);

        const m = h.tariff.services.metering;
        const snapshot = async () => {
          const out: Record<string, unknown> = {};
          for (const granularity of ['hour', 'day', 'month'] as const) {
            for (const group_by of [undefined, ...dimNames]) {
              const r = await h.api.get(`/v1/meters/${meter.id}/usage`, {
                customer,
                start_time: '2026-03-07T00:00:00Z',
                end_time: '2026-03-11T00:00:00Z',
                granularity,
                group_by,
              });
              expect(r.status).toBe(200);
              out[`${granularity}/${group_by ?? '-'}`] = r.body.data;
            }
          }
          // Windows that start mid-hour read raw events beside the rollups.
          const r = await h.api.get(`/v1/meters/${meter.id}/usage`, {
            customer,
            start_time: '2026-03-08T00:30:00Z',
            end_time: '2026-03-10T00:00:00Z',
            group_by: 'model',
          });
          out.partial = r.body.data;
          for (const v of values) {
            for (const name of dimNames) {
              out[`filter ${name}=${v}`] = (
                await m.aggregate({
                  meterId: meter.id,
                  customerId: customer,
                  start: new Date('2026-03-07T00:00:00Z'),
                  end: new Date('2026-03-11T00:00:00Z'),
                  filter: { [name]: v },
                })
              ).toFixed();
            }
          }
          return out;
        };
        const before = await snapshot();
        // Sanity: every value shows up as its own group before folding.
        const groups = (before['month/model'] as { dimensions: { model: string | null } }[]).map(
          (d) => d.dimensions.model,
        );
        expect(new Set(groups)).toEqual(new Set([...values, null]));
        await m.fold();
        const after = await snapshot();
        expect(after).toEqual(before);
        // And the rollups hold the same dimension objects the raw events do.
        const mismatched = await sql<{ n: number }>`
          select count(*)::int as n from (
            select dim_key, dimensions from meter_rollups where meter_id = ${meter.id}
            union all select dim_key, dimensions from meter_rollups_day where meter_id = ${meter.id}) r
          where not exists (select 1 from meter_events e
            where e.meter_id = ${meter.id} and e.dim_key = r.dim_key and e.dimensions = r.dimensions)`.execute(
          h.tariff.store.db,
        );
        expect(mismatched.rows[0]?.n).toBe(0);
      });
    }
  });

  describe('refusals from the insert statement', () => {
    it('answers a batch that is entirely duplicates, and partly duplicate batches', async () => {
      const meter = await newMeter('sum');
      const events = [0, 1, 2].map((i) => ({
        event_name: meter.event_name,
        identifier: `dup-${i}`,
        payload: { customer, value: '1' },
      }));
      expect((await batch(events)).body).toMatchObject({ accepted: 3, duplicates: 0, rejected: 0 });
      const again = await batch(events);
      expect(outcome(again.body)).toEqual(['duplicate', 'duplicate', 'duplicate']);
      expect(again.body).toMatchObject({ accepted: 0, duplicates: 3, rejected: 0 });
      const one = await batch([events[1]]);
      expect(outcome(one.body)).toEqual(['duplicate']);
      const mixed = await batch([
        events[0],
        { ...events[0], identifier: 'dup-new' },
        events[2],
        { ...events[0], identifier: 'dup-new' },
      ]);
      expect(outcome(mixed.body)).toEqual(['duplicate', 'accepted', 'duplicate', 'duplicate']);
      expect(await total(meter.id)).toBe('4');
    });

    it('keeps the same identifier apart on two meters of one batch', async () => {
      const a = await newMeter('sum');
      const b = await newMeter('count');
      const ev = (m: { event_name: string }, identifier: string) => ({
        event_name: m.event_name,
        identifier,
        payload: { customer, value: '2' },
      });
      await batch([ev(a, 'shared-1')]);
      const res = await batch([ev(a, 'shared-1'), ev(b, 'shared-1'), ev(b, 'shared-1'), ev(a, 'shared-2')]);
      expect(outcome(res.body)).toEqual(['duplicate', 'accepted', 'duplicate', 'accepted']);
      expect(await total(a.id)).toBe('4');
      expect(await total(b.id)).toBe('1');
    });

    it('answers a meter deactivated elsewhere as inactive, also for an identifier stored before', async () => {
      const gone = await newMeter('sum');
      const other = await newMeter('sum');
      const ev = (m: { event_name: string }, identifier: string) => ({
        event_name: m.event_name,
        identifier,
        payload: { customer, value: '1' },
      });
      // Loads both meters into this process's cache.
      expect((await batch([ev(gone, 'g-1'), ev(other, 'o-1')])).body.accepted).toBe(2);
      // Another process deactivates `gone`: the cache here still says active (2 s TTL).
      await h.tariff.store.db
        .updateTable('meters')
        .set({ status: 'inactive' })
        .where('id', '=', gone.id)
        .execute();
      const stale = await batch([ev(gone, 'g-1'), ev(gone, 'g-2'), ev(gone, 'g-2'), ev(other, 'g-1')]);
      // With a fresh cache the first three are meter_inactive (check() in ingest.ts refuses before
      // any dedup), and before 1673cf4 the insert statement answered the same.
      expect(outcome(stale.body)).toEqual(['meter_inactive', 'meter_inactive', 'meter_inactive', 'accepted']);
      await h.api.post(`/v1/meters/${gone.id}/deactivate`); // forgets this process's meter cache
      const fresh = await batch([ev(gone, 'g-1'), ev(gone, 'g-2')]);
      expect(outcome(fresh.body)).toEqual(['meter_inactive', 'meter_inactive']);
      expect(await total(gone.id)).toBe('1');
      expect(await total(other.id)).toBe('2');
    });

    it('counts every identifier once when batches sharing identifiers run at once', async () => {
      const meter = await newMeter('sum');
      const count = await newMeter('count');
      const make = (offset: number) =>
        Array.from({ length: 300 }, (_, i) => [
          {
            event_name: meter.event_name,
            identifier: `c-${(i + offset) % 300}`,
            payload: { customer, value: '1' },
          },
          { event_name: count.event_name, identifier: `c-${(i * 7 + offset) % 300}`, payload: { customer } },
        ]).flat();
      const results = await Promise.all([0, 50, 100, 150, 200, 250].map((o) => batch(make(o))));
      for (const r of results) expect(r.status).toBe(200);
      const accepted = results.reduce((n, r) => n + r.body.accepted, 0);
      const duplicates = results.reduce((n, r) => n + r.body.duplicates, 0);
      expect(accepted).toBe(600);
      expect(duplicates).toBe(6 * 600 - 600);
      expect(await total(meter.id)).toBe('300');
      expect(await total(count.id)).toBe('300');
    });
  });

  describe('strings PostgreSQL cannot store: only the bad event is rejected', () => {
    it('answers a single event holding NUL with a 400, not a 500', async () => {
      const meter = await newMeter('sum', ['model']);
      const res = await h.api.post('/v1/meter_events', {
        event_name: meter.event_name,
        payload: { customer, value: '1', model: 'a\u0000b' },
      });
      expect(res.status).toBe(400);
    });

    for (const [what, bad] of UNSTORABLE) {
      for (const field of [
        'dimension value',
        'identifier',
        'unique_count value',
        'customer',
        'event_name',
      ] as const) {
        it(`${what} in the ${field}`, async () => {
          const formula: Formula = field === 'unique_count value' ? 'unique_count' : 'sum';
          const meter = await newMeter(formula, ['model']);
          const good = {
            event_name: meter.event_name,
            identifier: 'good-1',
            payload: { customer, value: '1', model: 'ok' },
          };
          const badEvent = {
            event_name: field === 'event_name' ? `${meter.event_name}${bad}` : meter.event_name,
            identifier: field === 'identifier' ? bad : 'bad-1',
            payload: {
              customer: field === 'customer' ? bad : customer,
              value: field === 'unique_count value' ? bad : '1',
              model: field === 'dimension value' ? bad : 'ok',
            },
          };
          const res = await batch([good, badEvent]);
          expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
          expect(res.body.results.map((r) => r.status)).toEqual(['accepted', 'rejected']);
          expect(await total(meter.id)).toBe('1');
          // The fold still runs: nothing unreadable reached meter_events.
          await expect(h.tariff.services.metering.fold()).resolves.not.toBeUndefined();
        });
      }
    }
  });
});
