import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('invoice numbers on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function finalized(customer: string) {
    const res = await h.api.post('/v1/invoices', {
      customer,
      currency: 'JPY',
      lines: [{ description: 'work', amount: '100' }],
      finalize: true,
    });
    expect(res.status).toBe(200);
    return res.body.number as string;
  }

  it('test-clock invoices have their own TEST- sequence; the live one stays gapless', async () => {
    await h.inMode(() => h.tariff.services.account.update({ invoice_prefix: 'LIVE' }));
    const live = (await h.api.post('/v1/customers', { name: 'Live KK', currency: 'JPY' })).body.id;
    const clock = (await h.api.post('/v1/test_clocks', { frozen_time: '2026-03-01T00:00:00Z' })).body.id;
    const test = (await h.api.post('/v1/customers', { name: 'Test KK', currency: 'JPY', test_clock: clock }))
      .body.id;
    expect(await finalized(live)).toBe('LIVE-000001');
    expect(await finalized(test)).toBe('TEST-LIVE-000001');
    expect(await finalized(test)).toBe('TEST-LIVE-000002');
    expect(await finalized(live)).toBe('LIVE-000002');
  });
});
