import { describe, expect, it } from 'vitest';
import { runInMode } from '../shared/request-context.js';
import { apiFor, TEST_MODE_KEY, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

// Transaction ids are the database's, shared by both modes' schemas: live's fold horizon is
// usually ahead of test mode's. A read in one mode must never plan with the other's horizon, or
// it skips its own mode's events that are not folded yet.
describe.each(TEST_STORES)('reads in live and test mode on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-20T00:00:00Z'));
  const month = { customer: 'acme', start_time: '2026-03-01T00:00:00Z', end_time: '2026-04-01T00:00:00Z' };

  it('a read right after the other mode’s read counts its own unfolded events', async () => {
    await h.tariff.services.keys.ensure(TEST_MODE_KEY, 'test', 'test');
    const live = h.api;
    const test = apiFor(h.tariff, TEST_MODE_KEY);
    for (const api of [live, test]) {
      await api.post('/v1/customers', { external_id: 'acme' });
      await api.post('/v1/meters', { event_name: 'calls', default_aggregation: { formula: 'count' } });
    }
    const send = (api: typeof live, identifier: string) =>
      api.post('/v1/meter_events', { event_name: 'calls', identifier, payload: { customer: 'acme' } });
    // A test-mode event, not folded; then live events and a live fold past its transaction.
    expect((await send(test, 't1')).status).toBe(200);
    expect((await send(live, 'l1')).status).toBe(200);
    expect((await send(live, 'l2')).status).toBe(200);
    await runInMode('live', () => h.tariff.services.metering.fold());

    const liveUsage = await live.get('/v1/meters/calls/usage', month);
    const testUsage = await test.get('/v1/meters/calls/usage', month);
    expect(liveUsage.body.data.map((d: { value: string }) => d.value)).toEqual(['2']);
    expect(testUsage.body.data.map((d: { value: string }) => d.value)).toEqual(['1']);
  });

  // The event insert is a named prepared statement (rollup-store.ts), and one pooled connection
  // serves both modes in turn: PostgreSQL re-plans it when search_path changes, so each event
  // lands in its own mode's schema, past the five custom plans after which a generic one is kept.
  it('events sent in alternating modes each land in their own mode', async () => {
    await h.tariff.services.keys.ensure(TEST_MODE_KEY, 'test', 'test');
    const live = h.api;
    const test = apiFor(h.tariff, TEST_MODE_KEY);
    for (const api of [live, test]) {
      await api.post('/v1/customers', { external_id: 'beta' });
      await api.post('/v1/meters', { event_name: 'pings', default_aggregation: { formula: 'count' } });
    }
    for (let i = 0; i < 8; i++) {
      for (const [api, tag] of [
        [live, 'l'],
        [test, 't'],
        [test, 'u'],
      ] as const) {
        const res = await api.post('/v1/meter_events', {
          event_name: 'pings',
          identifier: `${tag}${i}`,
          payload: { customer: 'beta' },
        });
        expect(res.body.status).toBe('accepted');
      }
    }
    const beta = { ...month, customer: 'beta' };
    const liveUsage = await live.get('/v1/meters/pings/usage', beta);
    const testUsage = await test.get('/v1/meters/pings/usage', beta);
    expect(liveUsage.body.data.map((d: { value: string }) => d.value)).toEqual(['8']);
    expect(testUsage.body.data.map((d: { value: string }) => d.value)).toEqual(['16']);
  });
});
