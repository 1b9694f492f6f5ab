import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { stampTestClocks } from './migrations.js';

type Line = { account: string; currency: string; debit: string; credit: string; net: string };

/**
 * Test-clock customers keep their own books: their journal entries are left out of the real
 * revenue summary, journal and CSV unless `test_clock` names their clock (docs/billing.md,
 * "Test clocks and the books").
 */
describe.each(TEST_STORES)('test-clock books on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  async function paidInvoice(customer: string, amount: string) {
    const inv = await h.api.post('/v1/invoices', {
      customer,
      currency: 'JPY',
      lines: [{ description: 'Consulting', amount }],
      finalize: true,
    });
    expect(inv.status).toBe(200);
    const paid = await h.api.post(`/v1/invoices/${inv.body.id}/pay`, { reference: 'bank transfer' });
    expect(paid.body.status).toBe('paid');
    return paid.body;
  }

  async function journal(query: Record<string, string> = {}) {
    const out: any[] = [];
    for (;;) {
      const res = await h.api.get('/v1/revenue/journal', {
        limit: 100,
        starting_after: out.at(-1)?.id,
        ...query,
      });
      expect(res.status).toBe(200);
      out.push(...res.body.data);
      if (!res.body.has_more) return out;
    }
  }

  const cash = (accounts: Line[]) =>
    accounts.find((a) => a.account === 'cash' && a.currency === 'JPY')?.debit;

  it('paying a TEST- invoice leaves the real summary, journal and CSV alone', async () => {
    h.clock.set(new Date('2026-03-05T00:00:00Z'));
    const real = (await h.api.post('/v1/customers', { name: 'Real KK', currency: 'JPY' })).body.id as string;
    const clock = (await h.api.post('/v1/test_clocks', { frozen_time: '2026-03-05T00:00:00Z' })).body
      .id as string;
    const other = (await h.api.post('/v1/test_clocks', { frozen_time: '2026-03-05T00:00:00Z' })).body
      .id as string;
    const testing = (
      await h.api.post('/v1/customers', { name: 'Sandbox KK', currency: 'JPY', test_clock: clock })
    ).body.id as string;
    const sandbox2 = (
      await h.api.post('/v1/customers', { name: 'Other KK', currency: 'JPY', test_clock: other })
    ).body.id as string;

    await paidInvoice(real, '1000');
    const test = await paidInvoice(testing, '50000');
    expect(test.number).toMatch(/^TEST-/);
    await paidInvoice(sandbox2, '7000');

    // Real books: only the real customer's 1,000.
    const summary = await h.api.get('/v1/revenue/summary', { month: '2026-03' });
    expect(summary.status).toBe(200);
    expect(cash(summary.body.accounts)).toBe('1000');
    expect(summary.body.customers.map((c: any) => c.customer)).not.toContain(testing);
    const entries = await journal();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.every((e) => e.customer === real)).toBe(true);
    const csv = await h.api.get('/v1/revenue/journal.csv');
    expect(csv.status).toBe(200);
    expect(String(csv.body)).toContain(real);
    expect(String(csv.body)).not.toContain(testing);
    const csv2 = await h.api.get('/v1/revenue/journal', { format: 'csv' });
    expect(String(csv2.body)).not.toContain(testing);

    // A clock's own books: that clock's customers only.
    const clockSummary = await h.api.get('/v1/revenue/summary', { month: '2026-03', test_clock: clock });
    expect(clockSummary.status).toBe(200);
    expect(cash(clockSummary.body.accounts)).toBe('50000');
    expect(clockSummary.body.test_clock).toBe(clock);
    expect(summary.body.test_clock).toBeNull();
    const clockEntries = await journal({ test_clock: clock });
    expect(clockEntries.length).toBeGreaterThan(0);
    expect(clockEntries.every((e) => e.customer === testing)).toBe(true);
    const clockCsv = await h.api.get('/v1/revenue/journal.csv', { test_clock: clock });
    expect(String(clockCsv.body)).toContain(testing);
    expect(String(clockCsv.body)).not.toContain(real);

    // A customer filter on a test-clock customer reads that customer's (clock's) books.
    const own = await journal({ customer: testing });
    expect(own.map((e) => e.id).sort()).toEqual(clockEntries.map((e) => e.id).sort());
    expect(await journal({ customer: testing, test_clock: other })).toEqual([]);

    const unknown = await h.api.get('/v1/revenue/journal', {
      test_clock: 'clock_00000000000000000000000000',
    });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('test_clock_not_found');
  });

  it("migration: entries booked before the stamp take their customer's clock", async () => {
    const clock = (await h.api.post('/v1/test_clocks', { frozen_time: '2026-03-05T00:00:00Z' })).body
      .id as string;
    const customer = (
      await h.api.post('/v1/customers', { name: 'Old KK', currency: 'JPY', test_clock: clock })
    ).body.id as string;
    await paidInvoice(customer, '300');
    const db = h.store.db;
    // As the rows were before migration 0451: no clock on them.
    for (const table of ['journal_transactions', 'journal_entries'] as const)
      await db.updateTable(table).set({ test_clock: null }).where('customer_id', '=', customer).execute();
    expect((await journal()).some((e) => e.customer === customer)).toBe(true);
    await stampTestClocks(db as never);
    expect((await journal()).some((e) => e.customer === customer)).toBe(false);
    expect((await journal({ test_clock: clock })).length).toBeGreaterThan(0);
  });
});
