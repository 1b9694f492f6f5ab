import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('customer balance on invoices on %s', (kind) => {
  const h = useTariff(kind);

  async function customer() {
    return (await h.api.post('/v1/customers', { name: 'Balance KK', currency: 'JPY' })).body.id as string;
  }
  async function draft(cus: string, amount: string) {
    const res = await h.api.post('/v1/invoices', {
      customer: cus,
      currency: 'JPY',
      lines: [{ description: 'work', amount }],
    });
    expect(res.status).toBe(200);
    return res.body.id as string;
  }
  const adjust = (cus: string, amount: string) =>
    h.api.post(`/v1/customers/${cus}/balance_transactions`, { amount, currency: 'JPY', description: 'hand' });

  it('a credit balance is spent once even when several invoices finalize at the same time', async () => {
    const cus = await customer();
    await adjust(cus, '-1000');
    const drafts = await Promise.all([1, 2, 3, 4, 5].map(() => draft(cus, '1000')));
    const done = await Promise.all(drafts.map((id) => h.api.post(`/v1/invoices/${id}/finalize`, {})));
    expect(done.map((r) => r.status)).toEqual([200, 200, 200, 200, 200]);
    const applied = done.map((r) => Number(r.body.balance_applied)).reduce((a, b) => a + b, 0);
    expect(applied).toBe(1000);
    const ledger = await h.api.get(`/v1/customers/${cus}/balance_transactions`, { limit: 100 });
    expect(ledger.body.data[0].ending_balance).toBe('0');
  });

  it('a positive balance (owed) is added to the next invoice and consumed', async () => {
    const cus = await customer();
    const owed = await adjust(cus, '300.4');
    expect(owed.body).toMatchObject({ amount: '300', ending_balance: '300' });
    const id = await draft(cus, '1000');
    const inv = await h.api.post(`/v1/invoices/${id}/finalize`, {});
    expect(inv.body).toMatchObject({ total: '1000', balance_applied: '-300', amount_due: '1300' });
    const ledger = await h.api.get(`/v1/customers/${cus}/balance_transactions`);
    expect(ledger.body.data[0]).toMatchObject({
      type: 'applied_to_invoice',
      amount: '-300',
      ending_balance: '0',
    });
    // Voiding gives the debt back to the balance.
    await h.api.post(`/v1/invoices/${id}/void`, {});
    const back = await h.api.get(`/v1/customers/${cus}/balance_transactions`);
    expect(back.body.data[0]).toMatchObject({ amount: '300', ending_balance: '300' });
  });

  it("a worker batch spends one customer's credit once across its invoices, in order", async () => {
    const cus = await customer();
    const other = await customer();
    await adjust(cus, '-1500');
    await adjust(other, '-200');
    const mine = [await draft(cus, '1000'), await draft(cus, '1000'), await draft(cus, '1000')];
    const theirs = await draft(other, '1000');
    // One batch finalizes all four: balances are read and locked once for the batch.
    const at = new Date(h.clock.now().getTime() + 2 * 3_600_000);
    expect(await h.tariff.services.invoicing.finalizeDue(at)).toBe(4);
    const applied = async (id: string) => (await h.api.get(`/v1/invoices/${id}`)).body.balance_applied;
    expect(await Promise.all(mine.map(applied))).toEqual(['1000', '500', '0']);
    expect(await applied(theirs)).toBe('200');
    const ledger = await h.api.get(`/v1/customers/${cus}/balance_transactions`, { limit: 100 });
    expect(ledger.body.data[0].ending_balance).toBe('0');
  });
});
