import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { ingestSettled } from '../testing/ingest-settled.js';
import { TEST_STORES } from '../testing/stores.js';
import { dimensionKey } from './event-parse.js';
import { useIngestFixture } from './ingest-fixture.js';
import type { Formula } from './tables.js';

/**
 * Dimension sets read by position in the insert statement (odd strings, empty sets, many sets), and
 * usage answering the same before and after a fold rebuilds dimensions from dim_key, for every
 * formula.
 */

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

describe.each(TEST_STORES)('ingestion of dimension sets, and the fold on %s', (kind) => {
  let customer: string;
  const { h, batch, newMeter, newCustomer } = useIngestFixture(kind, () => customer);

  it('sets up a customer', async () => {
    customer = await newCustomer('edges');
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
      await ingestSettled(h.tariff.store.db);
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
        await ingestSettled(h.tariff.store.db);
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
});
