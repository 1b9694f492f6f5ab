import { describe, expect, it } from 'vitest';
import { LOG_MODE } from '../testing/ingest-settled.js';
import { TEST_STORES } from '../testing/stores.js';
import { outcome, useIngestFixture } from './ingest-fixture.js';
import type { Formula } from './tables.js';

/**
 * The row-count insert and its refusal lookup (duplicates, meters deactivated by another process,
 * concurrent batches sharing identifiers), and strings PostgreSQL cannot store, refused per event.
 */

// In log mode (src/ingest-log/vitest.log-mode.config.ts) the apply worker finds duplicates and
// inactive meters after the answer: the request answers `accepted` and the refusal is reported
// asynchronously (checked in src/ingest-log/log-mode.test.ts), so the synchronous answers below
// are the direct path's only.
const syncRefusals = it.skipIf(LOG_MODE);

// Strings a text or jsonb column cannot hold: NUL, and lone surrogates (not valid UTF-8).
const UNSTORABLE: [string, string][] = [
  ['NUL', 'a\u0000b'],
  ['lone high surrogate', 'a\ud800b'],
  ['lone low surrogate', '\udc00'],
];

describe.each(TEST_STORES)('ingestion refusals on %s', (kind) => {
  let customer: string;
  const { h, batch, newMeter, total, newCustomer } = useIngestFixture(kind, () => customer);

  it('sets up a customer', async () => {
    customer = await newCustomer('edges');
    expect(customer).toMatch(/^cus_/);
  });

  describe('refusals from the insert statement', () => {
    syncRefusals('answers a batch that is entirely duplicates, and partly duplicate batches', async () => {
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

    syncRefusals('keeps the same identifier apart on two meters of one batch', async () => {
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

    syncRefusals(
      'answers a meter deactivated elsewhere as inactive, also for an identifier stored before',
      async () => {
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
        expect(outcome(stale.body)).toEqual([
          'meter_inactive',
          'meter_inactive',
          'meter_inactive',
          'accepted',
        ]);
        await h.api.post(`/v1/meters/${gone.id}/deactivate`); // forgets this process's meter cache
        const fresh = await batch([ev(gone, 'g-1'), ev(gone, 'g-2')]);
        expect(outcome(fresh.body)).toEqual(['meter_inactive', 'meter_inactive']);
        expect(await total(gone.id)).toBe('1');
        expect(await total(other.id)).toBe('2');
      },
    );

    syncRefusals('counts every identifier once when batches sharing identifiers run at once', async () => {
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
          // A fold already running (the worker's) answers undefined: ask until this one runs.
          await expect.poll(() => h.tariff.services.metering.fold()).not.toBeUndefined();
        });
      }
    }
  });
});
