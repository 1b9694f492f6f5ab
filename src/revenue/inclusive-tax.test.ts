import { beforeAll, describe, expect, it } from 'vitest';
import type { Billing } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { fixturePlan } from '../subscriptions/plan-fixtures.js';
import { advanceTo, clockedCustomer, fixtureBilling, invoicesOf } from '../subscriptions/test-billing.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { type JournalEntry, readJournal } from './journal-fixture.js';

type Entry = JournalEntry;

/** A fee billed in advance with tax included in its price: deferred net, the tax to tax_payable. */
describe.each(TEST_STORES)('inclusive tax on fees billed in advance on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  let billing: Billing;
  const plans = new Map<string, ResolvedPlan>();

  const journal = (customer: string) => readJournal(h, customer);

  const credited = (entries: Entry[], account: string, source?: string) =>
    entries
      .filter((e) => e.account === account && (!source || e.source === source))
      .reduce((s, e) => s + Number(e.credit) - Number(e.debit), 0) + 0;

  beforeAll(async () => {
    billing = fixtureBilling(h, plans);
    plans.set('T', fixturePlan({ id: 'T', currency: 'JPY', fee: '3300' }));
  });

  it('defers the net fee, books the included tax as tax_payable and earns only the net', async () => {
    const rate = await h.api.post('/v1/tax_rates', {
      display_name: 'incl 10%',
      percentage: '10',
      inclusive: true,
      country: 'JP',
    });
    const { clock, customer } = await clockedCustomer(h, '2026-03-01T00:00:00Z');
    await h.api.post(`/v1/customers/${customer}/tax_settings`, { tax_rates: [rate.body.id] });
    const sub = await billing.subscriptions.create({ customer, pricing_plan: 'T' });
    await advanceTo(h, clock, '2026-03-01T02:00:00Z');
    const invoice = (await invoicesOf(h, sub.id)).find((i) => i.status === 'open');
    expect(invoice).toMatchObject({ subtotal: '3300', tax: '300', total: '3300' });

    const finalized = (await journal(customer)).filter((e) => e.source === 'invoice_finalized');
    expect(finalized.map((e) => [e.account, e.debit, e.credit]).sort()).toEqual([
      ['ar', '3300', '0'],
      ['deferred_revenue', '0', '3000'],
      ['tax_payable', '0', '300'],
    ]);
    await advanceTo(h, clock, '2026-04-01T01:00:00Z');
    await h.tariff.services.revenue.recognizeDue(h.clock.now());
    const entries = await journal(customer);
    // March's fee is earned in full: 3,000 of revenue, nothing left deferred for it
    expect(credited(entries, 'revenue', 'deferred_earned')).toBeGreaterThanOrEqual(3000);
    const march = entries.filter((e) => e.source === 'deferred_earned');
    expect(credited(march, 'revenue')).toBe(-credited(march, 'deferred_revenue'));
    const schedules = await h.store.db
      .selectFrom('deferred_schedules')
      .select('amount')
      .where('customer_id', '=', customer)
      .execute();
    expect(schedules.map((s) => s.amount).every((a) => a === '3000')).toBe(true);
    expect(entries.some((e) => e.account === 'revenue' && e.source === 'invoice_finalized')).toBe(false);
  });
});
