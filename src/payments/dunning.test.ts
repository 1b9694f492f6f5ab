import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { createDunning } from './dunning.js';

/**
 * Two workers (two dunning runners on one database) racing over the same unpaid invoice, and a
 * "restart" (a third runner) afterwards: every step is taken exactly once.
 */
describe.each(TEST_STORES)('dunning with several workers on %s', (kind) => {
  const h = useTariff(kind);

  it('takes each step once across concurrent runs and restarts', async () => {
    await h.api.post('/v1/account', {
      payment_terms: { type: 'due_on_receipt' },
      dunning: { reminders_days: [0, 2], retries_days: [1], final_action: 'mark_uncollectible' },
    });
    const customer = (await h.api.post('/v1/customers', { name: 'Racing KK', currency: 'JPY' })).body.id;
    const invoice = (
      await h.api.post('/v1/invoices', {
        customer,
        currency: 'JPY',
        lines: [{ description: 'Consulting', amount: '3000' }],
        finalize: true,
      })
    ).body;
    expect(invoice.status).toBe('open');
    const s = h.tariff.services;
    const runner = () =>
      createDunning({
        db: h.tariff.store.db,
        account: s.account,
        invoicing: s.invoicing,
        subscriptions: s.subscriptions,
        provider: () => s.payments.provider(),
        now: () => new Date(),
      });
    const later = new Date(Date.parse(invoice.due_date) + 10 * 86_400_000);
    await Promise.all([runner().runDue(later), runner().runDue(later)]);
    await runner().runDue(later);

    const count = async (type: string) =>
      (await h.api.get('/v1/events', { type, limit: 100 })).body.data.filter(
        (e: any) => e.data.object.id === invoice.id,
      ).length;
    expect(await count('invoice.payment_reminder')).toBe(1); // reminder:2 comes after the final action
    expect(await count('invoice.overdue')).toBe(1);
    expect(await count('invoice.marked_uncollectible')).toBe(1);
    const rows = await h.tariff.store.db
      .selectFrom('dunning_steps')
      .select(['step', 'outcome'])
      .where('invoice_id', '=', invoice.id)
      .orderBy('scheduled_at')
      .orderBy('step')
      .execute();
    expect(rows.map((r) => `${r.step}=${r.outcome}`).sort()).toEqual([
      'final=marked_uncollectible',
      'overdue=overdue_sent',
      'reminder:0=reminder_sent',
      'reminder:2=skipped_closed',
      'retry:1=retry_not_applicable',
    ]);
  });
});
