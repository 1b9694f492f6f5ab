import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('test clocks on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('creates a clock, attaches a customer, advances forward only, deletes with its customers', async () => {
    const clock = await h.api.post('/v1/test_clocks', {
      frozen_time: '2026-03-01T00:00:00Z',
      name: 'proration',
    });
    expect(clock.body).toMatchObject({
      object: 'test_clock',
      status: 'ready',
      frozen_time: '2026-03-01T00:00:00.000Z',
    });
    const customer = await h.api.post('/v1/customers', { name: 'On a clock', test_clock: clock.body.id });
    expect(customer.body.test_clock).toBe(clock.body.id);
    const row = await h.inMode(() => h.tariff.services.customers.get(customer.body.id));
    expect((await h.inMode(() => h.tariff.services.testClocks.nowFor(row))).toISOString()).toBe(
      '2026-03-01T00:00:00.000Z',
    );

    const advanced = await h.api.post(`/v1/test_clocks/${clock.body.id}/advance`, {
      frozen_time: '2026-04-01T00:00:00Z',
    });
    expect(advanced.body).toMatchObject({ status: 'ready', frozen_time: '2026-04-01T00:00:00.000Z' });
    const events = await h.api.get('/v1/events', { type: 'test_clock.advanced' });
    expect(events.body.data[0].data.object).toMatchObject({
      id: clock.body.id,
      frozen_time: '2026-04-01T00:00:00.000Z',
    });
    const back = await h.api.post(`/v1/test_clocks/${clock.body.id}/advance`, {
      frozen_time: '2026-03-15T00:00:00Z',
    });
    expect(back.status).toBe(400);
    expect(back.body.error.code).toBe('test_clock_backwards');

    const deleted = await h.api.del(`/v1/test_clocks/${clock.body.id}`);
    expect(deleted.body.deleted).toBe(true);
    expect((await h.api.get(`/v1/customers/${customer.body.id}`)).status).toBe(404);
  });

  it('rejects a customer on an unknown clock', async () => {
    const res = await h.api.post('/v1/customers', { test_clock: 'clock_missing' });
    expect(res.status).toBe(404);
    expect(res.body.error).toMatchObject({ code: 'test_clock_not_found', param: 'test_clock' });
  });
});
