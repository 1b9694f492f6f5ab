import { describe, expect, it } from 'vitest';
import { apiFor, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('invoice numbers on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function finalized(customer: string, api = h.api) {
    const res = await api.post('/v1/invoices', {
      customer,
      currency: 'JPY',
      lines: [{ description: 'work', amount: '100' }],
      finalize: true,
    });
    expect(res.status).toBe(200);
    return res.body.number as string;
  }

  it('test mode numbers from its own TEST- sequence (test clock or not); live stays gapless', async () => {
    const live = apiFor(h.tariff); // the same key without Tariff-Mode: live mode
    await h.inMode(() => h.tariff.services.account.update({ invoice_prefix: 'LIVE' }));
    await live.post('/v1/account', { invoice_prefix: 'LIVE' });
    const liveCustomer = (await live.post('/v1/customers', { name: 'Live KK', currency: 'JPY' })).body.id;
    const plain = (await h.api.post('/v1/customers', { name: 'Plain KK', currency: 'JPY' })).body.id;
    const clock = (await h.api.post('/v1/test_clocks', { frozen_time: '2026-03-01T00:00:00Z' })).body.id;
    const clocked = (
      await h.api.post('/v1/customers', { name: 'Test KK', currency: 'JPY', test_clock: clock })
    ).body.id;
    expect(await finalized(liveCustomer, live)).toBe('LIVE-000001');
    expect(await finalized(plain)).toBe('TEST-LIVE-000001');
    expect(await finalized(clocked)).toBe('TEST-LIVE-000002');
    expect(await finalized(liveCustomer, live)).toBe('LIVE-000002');
    expect(await finalized(plain)).toBe('TEST-LIVE-000003');
  });
});
