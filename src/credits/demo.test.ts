import { describe, expect, it } from 'vitest';
import { demoCustomers } from '../demo/customers.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { demoCredits } from './demo.js';

describe.each(TEST_STORES)('credits demo on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-06-01T00:00:00Z'));

  it('grants credits, tops up Nimbus (invoiced and paid) and books the top-up in the journal', async () => {
    const s = h.tariff.services;
    const customers = await demoCustomers(s);
    const result = await demoCredits(s, customers);
    expect(result).toMatchObject({ grants: 4, top_ups: 1 });
    const nimbus = (await h.api.get(`/v1/customers/${customers.nimbus.id}/credit_balance`)).body;
    expect(nimbus.balances).toEqual([
      { currency: 'USD', granted: '700.00', consumed: '0.00', available: '700.00' },
    ]);
    const acme = (await h.api.get(`/v1/customers/${customers.acme.id}/credit_balance`)).body;
    expect(acme.balances[0]).toMatchObject({ currency: 'JPY', available: '10000' });
    const journal = (await h.api.get('/v1/revenue/journal', { customer: customers.nimbus.id })).body.data;
    expect(journal.map((e: { account: string }) => e.account).sort()).toEqual([
      'ar',
      'ar',
      'cash',
      'deferred_revenue',
    ]);
    expect(result.journal_entries).toBe(4);
    expect((await h.api.get('/v1/alerts', { limit: 10 })).body.data).toHaveLength(2);
  });
});
