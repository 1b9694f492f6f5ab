import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('finalizing due drafts on %s', (kind) => {
  const h = useTariff(kind);

  it('one draft that fails to finalize waits a minute; the others of its batch finalize', async () => {
    const cus = (await h.api.post('/v1/customers', { name: 'Batch KK', currency: 'JPY' })).body.id as string;
    const ids: string[] = [];
    for (const amount of ['100', '200', '300']) {
      const res = await h.api.post('/v1/invoices', {
        customer: cus,
        currency: 'JPY',
        lines: [{ description: 'work', amount }],
      });
      ids.push(res.body.id);
    }
    const bad = ids[1] as string;
    h.tariff.services.invoicing.addHooks({
      async applyCredits(_trx, input) {
        if (!input.preview && input.invoiceId === bad) throw new Error('credits unavailable');
        return [];
      },
    });
    const until = new Date(h.clock.now().getTime() + 86_400_000);
    expect(await h.tariff.services.invoicing.finalizeDue(until)).toBe(2);
    const statuses = await Promise.all(ids.map(async (id) => (await h.api.get(`/v1/invoices/${id}`)).body));
    expect(statuses.map((i) => i.status)).toEqual(['open', 'draft', 'open']);
    expect(statuses.filter((i) => i.number).map((i) => i.number.slice(-6))).toEqual(['000001', '000002']);
    const row = await h.store.db
      .selectFrom('invoices')
      .select('finalize_at')
      .where('id', '=', bad)
      .executeTakeFirstOrThrow();
    expect(row.finalize_at?.getTime()).toBe(until.getTime() + 60_000);
    // Postponed, not retried in a loop: nothing more is due now.
    expect(await h.tariff.services.invoicing.finalizeDue(until)).toBe(0);
  });
});
