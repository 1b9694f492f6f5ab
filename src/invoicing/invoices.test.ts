import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('invoices on %s', (kind) => {
  const h = useTariff(kind);

  async function customer(extra: Record<string, unknown> = {}) {
    return (await h.api.post('/v1/customers', { name: 'Acme KK', currency: 'JPY', ...extra })).body
      .id as string;
  }
  async function invoice(cus: string, amounts: string[], finalize = false) {
    const res = await h.api.post('/v1/invoices', {
      customer: cus,
      currency: 'JPY',
      lines: amounts.map((a, i) => ({ description: `item ${i}`, amount: a })),
      finalize,
    });
    expect(res.status).toBe(200);
    return res.body;
  }

  it('draft → one-off line → finalize (numbered) → pay with a reference; wrong transitions are 409', async () => {
    const cus = await customer();
    const draft = await invoice(cus, ['1000']);
    expect(draft).toMatchObject({
      object: 'invoice',
      status: 'draft',
      number: null,
      total: '1000',
      amount_due: '1000',
      hosted_invoice_url: null,
    });
    const added = await h.api.post(`/v1/invoices/${draft.id}/lines`, { description: 'Setup', amount: '500' });
    expect(added.body).toMatchObject({ total: '1500' });
    expect(added.body.lines.map((l: any) => l.type)).toEqual(['one_off', 'one_off']);
    expect((await h.api.post(`/v1/invoices/${draft.id}/pay`, {})).body.error.code).toBe(
      'invalid_invoice_transition',
    );
    const open = await h.api.post(`/v1/invoices/${draft.id}/finalize`);
    expect(open.body).toMatchObject({ status: 'open', number: expect.stringMatching(/^[A-Z0-9-]+-\d{6}$/) });
    expect(open.body.finalized_at).not.toBeNull();
    expect(
      (await h.api.post(`/v1/invoices/${draft.id}/lines`, { description: 'late', amount: '1' })).body.error
        .code,
    ).toBe('invoice_not_draft');
    const paid = await h.api.post(`/v1/invoices/${draft.id}/pay`, { reference: 'bank transfer 2026-03-05' });
    expect(paid.body).toMatchObject({
      status: 'paid',
      payment_reference: 'bank transfer 2026-03-05',
      amount_paid: '1500',
    });
    const again = await h.api.post(`/v1/invoices/${draft.id}/void`);
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({ code: 'invalid_invoice_transition', status: 'paid' });
  });

  it('void and mark_uncollectible only from the states that allow them', async () => {
    const cus = await customer();
    const a = await invoice(cus, ['100'], true);
    expect((await h.api.post(`/v1/invoices/${a.id}/mark_uncollectible`)).body.status).toBe('uncollectible');
    expect((await h.api.post(`/v1/invoices/${a.id}/mark_uncollectible`)).status).toBe(409);
    expect((await h.api.post(`/v1/invoices/${a.id}/pay`, {})).body.status).toBe('paid');
    const b = await invoice(cus, ['100'], true);
    expect((await h.api.post(`/v1/invoices/${b.id}/void`)).body.status).toBe('void');
    expect((await h.api.post(`/v1/invoices/${b.id}/finalize`)).status).toBe(409);
  });

  it('numbers are gapless per account, with its prefix, even under concurrent finalizes', async () => {
    await h.tariff.services.account.update({ invoice_prefix: 'GAP' });
    const cus = await customer();
    const drafts = await Promise.all(Array.from({ length: 8 }, () => invoice(cus, ['10'])));
    const finals = await Promise.all(drafts.map((d) => h.api.post(`/v1/invoices/${d.id}/finalize`)));
    const numbers = finals.map((f) => f.body.number as string).sort();
    expect(numbers).toEqual(Array.from({ length: 8 }, (_, i) => `GAP-${String(i + 1).padStart(6, '0')}`));
  });

  it('tax per rate on the whole invoice, rounded once; default, per-customer rates and exemption', async () => {
    await h.tariff.services.account.update({ tax_registration_number: 'T1234567890123' });
    const vat = await h.api.post('/v1/tax_rates', {
      display_name: '消費税 10%',
      percentage: '10',
      inclusive: false,
      country: 'JP',
      default: true,
    });
    expect(vat.body).toMatchObject({ object: 'tax_rate', percentage: '10', default: true });
    // A default rate applies in its jurisdiction: to customers with a billing address in Japan.
    const cus = await customer({ billing_details: { address: { country: 'JP' } } });
    const inv = await invoice(cus, ['105', '105', '105'], true);
    expect(inv).toMatchObject({
      subtotal: '315',
      tax: '32',
      total: '347',
      tax_registration_number: 'T1234567890123',
    });
    expect(inv.tax_breakdown).toEqual([
      {
        tax_rate: vat.body.id,
        display_name: '消費税 10%',
        percentage: '10',
        inclusive: false,
        country: 'JP',
        taxable_amount: '315',
        amount: '32',
      },
    ]);
    const exempt = await customer();
    await h.api.post(`/v1/customers/${exempt}/tax_settings`, { exempt: true });
    expect((await invoice(exempt, ['1000'])).tax).toBe('0');
    const inclusive = await h.api.post('/v1/tax_rates', {
      display_name: 'incl 8%',
      percentage: '8',
      inclusive: true,
      country: 'JP',
    });
    const own = await customer();
    const set = await h.api.post(`/v1/customers/${own}/tax_settings`, { tax_rates: [inclusive.body.id] });
    expect(set.body).toMatchObject({ tax_rates: [inclusive.body.id], exempt: false });
    expect(await invoice(own, ['1080'])).toMatchObject({ tax: '80', total: '1080' });
    await h.api.post(`/v1/tax_rates/${vat.body.id}`, { default: false });
  });

  it('credit notes lower what is due on open invoices and add balance on paid ones', async () => {
    const cus = await customer();
    const open = await invoice(cus, ['1000', '500'], true);
    const cn = await h.api.post('/v1/credit_notes', {
      invoice: open.id,
      amount: '300',
      reason: 'order_change',
    });
    expect(cn.body).toMatchObject({
      object: 'credit_note',
      amount: '300',
      reduce_amount_due: '300',
      credit_to_balance: '0',
    });
    expect((await h.api.get(`/v1/invoices/${open.id}`)).body).toMatchObject({
      amount_due: '1200',
      amount_credited: '300',
    });
    const byLine = await h.api.post('/v1/credit_notes', {
      invoice: open.id,
      lines: [{ invoice_line: open.lines[1].id }],
      reason: 'product_unsatisfactory',
    });
    expect(byLine.body.amount).toBe('500');
    const tooMuch = await h.api.post('/v1/credit_notes', {
      invoice: open.id,
      amount: '900',
      reason: 'other',
    });
    expect(tooMuch.body.error.code).toBe('credit_note_exceeds_invoice');

    const paid = await invoice(cus, ['2000'], true);
    await h.api.post(`/v1/invoices/${paid.id}/pay`, { reference: 'wire' });
    const whole = await h.api.post('/v1/credit_notes', { invoice: paid.id, reason: 'duplicate' });
    expect(whole.body).toMatchObject({ amount: '2000', credit_to_balance: '2000' });
    const ledger = await h.api.get(`/v1/customers/${cus}/balance_transactions`);
    expect(ledger.body.data[0]).toMatchObject({
      type: 'credit_note',
      amount: '-2000',
      ending_balance: '-2000',
      credit_note: whole.body.id,
    });
    // The balance pays the next invoice.
    const next = await invoice(cus, ['700'], true);
    expect(next).toMatchObject({ balance_applied: '700', amount_due: '0', status: 'paid' });
    const draft = await invoice(cus, ['1']);
    expect((await h.api.post('/v1/credit_notes', { invoice: draft.id, reason: 'other' })).status).toBe(409);
    expect((await h.api.get('/v1/credit_notes', { invoice: open.id })).body.data).toHaveLength(2);
  });

  it('credit notes credit tax per rate, never a line twice, and block voiding', async () => {
    const vat = await h.api.post('/v1/tax_rates', {
      display_name: 'VAT 10%',
      percentage: '10',
      inclusive: false,
      country: 'JP',
    });
    const cus = await customer();
    await h.api.post(`/v1/customers/${cus}/tax_settings`, { tax_rates: [vat.body.id] });
    const inv = await invoice(cus, ['1000', '105', '105'], true);
    expect(inv).toMatchObject({ subtotal: '1210', tax: '121', total: '1331' });
    const [big, a, b] = inv.lines.map((l: any) => l.id);
    const first = await h.api.post('/v1/credit_notes', {
      invoice: inv.id,
      lines: [{ invoice_line: big }],
      reason: 'order_change',
    });
    expect(first.body).toMatchObject({ amount: '1100', tax: '100', reduce_amount_due: '1100' });
    const again = await h.api.post('/v1/credit_notes', {
      invoice: inv.id,
      lines: [{ invoice_line: big, amount: '1' }],
      reason: 'order_change',
    });
    expect(again.status).toBe(400);
    expect(again.body.error.code).toBe('credit_note_exceeds_line');
    expect((await h.api.post(`/v1/invoices/${inv.id}/void`, {})).body.error).toMatchObject({
      code: 'invalid_invoice_transition',
    });
    const partA = await h.api.post('/v1/credit_notes', {
      invoice: inv.id,
      lines: [{ invoice_line: a }],
      reason: 'other',
    });
    expect(partA.body).toMatchObject({ amount: '116', tax: '11' });
    // The last line takes exactly what is left: the notes add up to the invoice total.
    const partB = await h.api.post('/v1/credit_notes', {
      invoice: inv.id,
      lines: [{ invoice_line: b }],
      reason: 'other',
    });
    expect(partB.body).toMatchObject({ amount: '115', tax: '10' });
    const after = await h.api.get(`/v1/invoices/${inv.id}`);
    expect(after.body).toMatchObject({ amount_credited: '1331', amount_due: '0' });
    expect(
      (await h.api.post('/v1/credit_notes', { invoice: inv.id, amount: '1', reason: 'other' })).body.error
        .code,
    ).toBe('credit_note_exceeds_invoice');
  });

  it('credit notes call the onCreditNote hook inside their transaction', async () => {
    const seen: any[] = [];
    h.tariff.services.invoicing.addHooks({
      async onCreditNote(trx, input) {
        const row = await trx
          .selectFrom('credit_notes')
          .select('id')
          .where('id', '=', input.creditNote.id)
          .executeTakeFirst();
        seen.push({ ...input, visible: row !== undefined });
      },
    });
    const cus = await customer();
    const inv = await invoice(cus, ['2000'], true);
    await h.api.post(`/v1/invoices/${inv.id}/pay`, { reference: 'wire' });
    const cn = await h.api.post('/v1/credit_notes', { invoice: inv.id, amount: '500', reason: 'other' });
    const mine = seen.find((s) => s.creditNote.id === cn.body.id);
    expect(mine.visible).toBe(true);
    expect(mine.creditNote.amount.toFixed()).toBe('500');
    expect(mine.creditNote.toBalance.toFixed()).toBe('500');
    expect(mine.creditNote.reducedAmountDue.toFixed()).toBe('0');
    expect(mine.invoice).toMatchObject({ id: inv.id, customerId: cus });
  });

  it('by-hand balance adjustments and a missing invoice', async () => {
    const cus = await customer();
    const adj = await h.api.post(`/v1/customers/${cus}/balance_transactions`, {
      amount: '-500',
      currency: 'JPY',
      description: 'goodwill',
    });
    expect(adj.body).toMatchObject({ type: 'adjustment', amount: '-500', ending_balance: '-500' });
    expect((await h.api.get('/v1/invoices/in_missing')).body.error.code).toBe('invoice_not_found');
  });
});
