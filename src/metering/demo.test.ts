import { describe, expect, it } from 'vitest';
import { demoCustomers } from '../demo/customers.js';
import { useTariff } from '../testing/harness.js';
import { LOG_MODE } from '../testing/ingest-settled.js';
import { TEST_STORES } from '../testing/stores.js';
import { demoMeters, demoUsage } from './demo.js';

describe.each(TEST_STORES)('metering demo on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-06-01T00:00:00Z'));

  it('creates the four meters and 90 days of usage ending now, idempotently', async () => {
    const s = h.tariff.services;
    const customers = await demoCustomers(s);
    const meters = await demoMeters(s);
    expect(Object.values(meters).map((m) => [m.event_name, m.formula])).toEqual([
      ['tokens', 'sum'],
      ['active_projects', 'max'],
      ['storage_gb', 'sum'],
      ['api_calls', 'count'],
    ]);
    const { events } = await demoUsage(s, customers);
    expect(events).toBeGreaterThan(5000);
    const window = { start: new Date('2026-03-03T00:00:00Z'), end: new Date('2026-06-01T00:00:00Z') };
    const agg = (meter: string, customer: string, filter?: Record<string, string>) =>
      s.metering.aggregate({ meterId: meter, customerId: customer, ...window, filter: filter ?? null });
    const before = await agg(meters.tokens.id, customers.nimbus.id);
    // A second run stores nothing: its events are duplicates (in log mode answered `accepted` and
    // refused by the apply worker, src/ingest-log), and the totals do not move.
    expect((await demoUsage(s, customers)).events).toBe(LOG_MODE ? events : 0);
    expect((await agg(meters.tokens.id, customers.nimbus.id)).toString()).toBe(before.toString());
    expect((await agg(meters.tokens.id, customers.nimbus.id, { model: 'large' })).gt(0)).toBe(true);
    expect((await agg(meters.tokens.id, customers.nimbus.id, { model: 'tiny' })).gt(0)).toBe(true);
    expect((await agg(meters.storage_gb.id, customers.nimbus.id)).gt(0)).toBe(true);
    expect((await agg(meters.active_projects.id, customers.acme.id)).gte(8)).toBe(true);
    expect((await agg(meters.api_calls.id, customers.kobo.id)).gt(0)).toBe(true);
    expect((await agg(meters.tokens.id, customers.acme.id)).isZero()).toBe(true);
  });
});
