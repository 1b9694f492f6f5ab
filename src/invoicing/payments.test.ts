import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('partial payments and draft deletion on %s', (kind) => {
  const h = useTariff(kind);

  async function invoice(finalize: boolean, amount = '10000') {
    const cus = (await h.api.post('/v1/customers', { name: 'Pay KK', currency: 'JPY' })).body.id as string;
    const res = await h.api.post('/v1/invoices', {
      customer: cus,
      currency: 'JPY',
      lines: [{ description: 'consulting', amount }],
      finalize,
    });
    expect(res.status).toBe(200);
    return res.body as { id: string; customer: string; status: string; amount_due: string };
  }

  const cashOf = async (invoiceId: string) => {
    const j = await h.api.get('/v1/revenue/journal', { limit: 100 });
    return (j.body.data as { source_id: string; account: string; debit: string; credit: string }[])
      .filter((e) => e.source_id === invoiceId && e.account === 'cash')
      .map((e) => Number(e.debit) - Number(e.credit));
  };

  it('records payments in parts: open until they add up, then paid; each is one cash entry', async () => {
    const inv = await invoice(true);
    expect(inv).toMatchObject({ status: 'open', amount_due: '10000' });

    const first = await h.api.post(`/v1/invoices/${inv.id}/pay`, {
      amount: '3000',
      method: 'bank_transfer',
      reference: 'MIZUHO-0001',
      paid_at: '2026-03-02T01:00:00Z',
    });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({
      status: 'open',
      amount_paid: '3000',
      amount_remaining: '7000',
      payment_reference: 'MIZUHO-0001',
      paid_at: null,
    });

    // More than is left, a fraction of a yen, nothing: refused, nothing written.
    const over = await h.api.post(`/v1/invoices/${inv.id}/pay`, { amount: '7001' });
    expect(over.status).toBe(400);
    expect(over.body.error).toMatchObject({ code: 'payment_exceeds_amount_remaining', param: 'amount' });
    const fraction = await h.api.post(`/v1/invoices/${inv.id}/pay`, { amount: '100.5' });
    expect(fraction.body.error).toMatchObject({ code: 'invalid_value', param: 'amount' });
    const zero = await h.api.post(`/v1/invoices/${inv.id}/pay`, { amount: '0' });
    expect(zero.body.error).toMatchObject({ code: 'invalid_value', param: 'amount' });
    const method = await h.api.post(`/v1/invoices/${inv.id}/pay`, { amount: '1', method: 'barter' });
    expect(method.status).toBe(400);

    // A partly paid invoice cannot be voided: money was received.
    const voided = await h.api.post(`/v1/invoices/${inv.id}/void`, {});
    expect(voided.status).toBe(409);
    expect(voided.body.error.code).toBe('invoice_has_payments');

    const rest = await h.api.post(`/v1/invoices/${inv.id}/pay`, {
      amount: '7000',
      method: 'cash',
      paid_at: '2026-03-05T00:00:00Z',
    });
    expect(rest.body).toMatchObject({
      status: 'paid',
      amount_paid: '10000',
      amount_remaining: '0',
      paid_at: '2026-03-05T00:00:00.000Z',
    });
    const again = await h.api.post(`/v1/invoices/${inv.id}/pay`, {});
    expect(again.status).toBe(409);

    const payments = await h.api.get(`/v1/invoices/${inv.id}/payments`);
    expect(payments.body.data).toMatchObject([
      { object: 'invoice_payment', amount: '3000', method: 'bank_transfer', reference: 'MIZUHO-0001' },
      { amount: '7000', method: 'cash', reference: null, paid_at: '2026-03-05T00:00:00.000Z' },
    ]);
    expect((await cashOf(inv.id)).sort((a, b) => a - b)).toEqual([3000, 7000]);

    const events = await h.api.get('/v1/events', { type: 'invoice.payment_recorded', limit: 100 });
    const mine = events.body.data.filter((e: any) => e.data.object.id === inv.id);
    expect(mine.map((e: any) => e.data.object.payment.amount).sort()).toEqual(['3000', '7000']);
    const paid = await h.api.get('/v1/events', { type: 'invoice.paid', limit: 100 });
    expect(paid.body.data.filter((e: any) => e.data.object.id === inv.id)).toHaveLength(1);
  });

  it('an empty body pays everything that is left, in one payment', async () => {
    const inv = await invoice(true, '2500');
    const res = await h.api.post(`/v1/invoices/${inv.id}/pay`);
    expect(res.body).toMatchObject({ status: 'paid', amount_paid: '2500', amount_remaining: '0' });
    const payments = await h.api.get(`/v1/invoices/${inv.id}/payments`);
    expect(payments.body.data).toMatchObject([{ amount: '2500', method: 'other' }]);
    expect(await cashOf(inv.id)).toEqual([2500]);
  });

  it('two partial payments sent at once never overpay', async () => {
    const inv = await invoice(true, '1000');
    const both = await Promise.all([
      h.api.post(`/v1/invoices/${inv.id}/pay`, { amount: '600' }),
      h.api.post(`/v1/invoices/${inv.id}/pay`, { amount: '600' }),
    ]);
    expect(both.map((r) => r.status).sort()).toEqual([200, 400]);
    const now = await h.api.get(`/v1/invoices/${inv.id}`);
    expect(now.body).toMatchObject({ amount_paid: '600', amount_remaining: '400', status: 'open' });
  });

  it('deletes a one-off draft, and nothing else', async () => {
    const draft = await invoice(false);
    expect(draft.status).toBe('draft');
    const deleted = await h.api.del(`/v1/invoices/${draft.id}`);
    expect(deleted.status).toBe(200);
    expect(deleted.body).toEqual({ id: draft.id, object: 'invoice', deleted: true });
    expect((await h.api.get(`/v1/invoices/${draft.id}`)).status).toBe(404);
    expect((await h.api.del(`/v1/invoices/${draft.id}`)).status).toBe(404);
    const events = await h.api.get('/v1/events', { type: 'invoice.deleted' });
    expect(events.body.data.some((e: any) => e.data.object.id === draft.id)).toBe(true);

    const open = await invoice(true);
    const refused = await h.api.del(`/v1/invoices/${open.id}`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('invalid_invoice_transition');
    expect((await h.api.get(`/v1/invoices/${open.id}`)).body.status).toBe('open');
  });
});
