import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, makePlan, ok, paidCommitment, usage } from './fixtures.js';

/**
 * The credit balance counts usage so far (DESIGN.md §6, `credit_balance`): a paid $100 grant and
 * $30 of usage in the open period read available 70.00, also when the events carry the very
 * timestamp of the read (a test clock's frozen time), and the invoice's consumption keeps it there.
 */
describe.each(TEST_STORES)('credit balance mid-period on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  const balances = async (customer: string) =>
    (await ok(h.api.get(`/v1/customers/${customer}/credit_balance`))).balances;
  const usd = (available: string, consumed: string) => [
    { currency: 'USD', granted: '100.00', available, consumed },
  ];

  it('$100 paid grant, $30 of usage sent at the clock time → available 70.00 at once', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', usage: { unitAmount: '1' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await ok(
      h.api.post('/v1/credit_grants', {
        customer,
        amount: { currency: 'USD', value: '100' },
        category: 'paid',
      }),
    );
    await advance(h.api, clock, '2026-01-10T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 20, '2026-01-09T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 10, '2026-01-10T00:00:00Z');
    expect(await balances(customer)).toEqual(usd('70.00', '30.00'));
    // At the period's end instant, the ended period's usage still counts.
    await advance(h.api, clock, '2026-02-01T00:00:00Z');
    expect(await balances(customer)).toEqual(usd('70.00', '30.00'));
    // The invoice consumed it: the ledger now holds the 30, and February has no usage yet.
    await advance(h.api, clock, '2026-02-01T02:00:00Z');
    expect(await balances(customer)).toEqual(usd('70.00', '30.00'));
    await usage(h.api, plan.eventName as string, customer, 5, '2026-02-01T02:00:00Z');
    expect(await balances(customer)).toEqual(usd('65.00', '35.00'));
  });

  it('a paid prepaid commitment burns down the same way', async () => {
    const { plan, clock, customer } = await paidCommitment(h.api, '2026-01-01T00:00:00Z', '100');
    await advance(h.api, clock, '2026-01-10T00:00:00Z');
    await usage(h.api, plan.eventName as string, customer, 30, '2026-01-10T00:00:00Z');
    expect(await balances(customer)).toEqual(usd('70.00', '30.00'));
  });
});
