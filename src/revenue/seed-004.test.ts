import { describe, expect, it } from 'vitest';
import { Decimal } from '../core/money/decimal.js';
import type { InvoiceForHooks } from '../invoicing/hooks.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

const at = (iso: string) => new Date(`${iso}T00:00:00Z`);

/**
 * Seed 004's worked journal, exactly: 40, 35 and 25 USD of API calls delivered in January,
 * February and March 2025, one invoice of 100 USD in April, paid in May.
 */
describe.each(TEST_STORES)('revenue recognition, seed 004 on %s', (kind) => {
  const h = useTariff(kind, at('2025-01-01'));

  it('books the seed table month by month and every transaction balances', async () => {
    const customer = (await h.api.post('/v1/customers', { name: 'Seed 004', currency: 'USD' })).body.id;
    const revenue = h.tariff.services.revenue;
    const usage = {
      subscriptionId: 'sub_seed004',
      customerId: customer,
      billableItemId: 'bi_api_calls',
      currency: 'USD',
    };
    const service = { periodStart: at('2025-01-01'), periodEnd: at('2025-04-01') };
    // cumulative usage of the service interval at the end of some days: 40 by Feb 1, 75 by Mar 1, 100 by Apr 1
    const days: [string, string][] = [
      ['2025-01-10', '12.5'],
      ['2025-02-01', '40'],
      ['2025-02-20', '60'],
      ['2025-03-01', '75'],
      ['2025-04-01', '100'],
    ];
    for (const [through, amount] of days) {
      const t = at(through);
      await h.store.db.transaction().execute((trx) =>
        revenue.recognizeUsage(trx, {
          ...usage,
          ...service,
          deliveredAmount: new Decimal(amount),
          through: t,
          recognizedAt: new Date(t.getTime() - 86_400_000),
        }),
      );
    }
    // a job re-running the same day books nothing twice
    await h.store.db.transaction().execute((trx) =>
      revenue.recognizeUsage(trx, {
        ...usage,
        ...service,
        deliveredAmount: new Decimal('100'),
        through: at('2025-04-01'),
        recognizedAt: at('2025-03-31'),
      }),
    );
    const invoice: InvoiceForHooks = {
      id: 'in_seed004',
      number: 'SEED-0001',
      customerId: customer,
      subscriptionId: usage.subscriptionId,
      testClock: null,
      currency: 'USD',
      periodStart: service.periodStart,
      periodEnd: service.periodEnd,
      lines: [
        {
          lineId: 'il_seed004',
          type: 'usage',
          billableItemId: usage.billableItemId,
          amount: new Decimal(100),
          periodStart: service.periodStart,
          periodEnd: service.periodEnd,
        },
      ],
      subtotal: new Decimal(100),
      creditsApplied: new Decimal(0),
      tax: new Decimal(0),
      total: new Decimal(100),
      amountDue: new Decimal(100),
      metadata: {},
    };
    await h.store.db
      .transaction()
      .execute((trx) => revenue.invoiceHooks.onFinalized!(trx, invoice, at('2025-04-02')));
    await h.store.db
      .transaction()
      .execute((trx) =>
        revenue.invoiceHooks.onPayment!(
          trx,
          invoice,
          { id: 'pay_seed004', amount: new Decimal(100) },
          at('2025-05-06'),
        ),
      );
    // finalizing twice (a retried hook) books nothing more
    await h.store.db
      .transaction()
      .execute((trx) => revenue.invoiceHooks.onFinalized!(trx, invoice, at('2025-04-02')));

    const net = async (month: string) => {
      const res = await h.api.get('/v1/revenue/summary', { month, customer });
      expect(res.status).toBe(200);
      return Object.fromEntries(
        res.body.accounts.map((a: { account: string; net: string }) => [a.account, a.net]),
      );
    };
    expect(await net('2025-01')).toEqual({ revenue: '40.00', unbilled_ar: '40.00' });
    expect(await net('2025-02')).toEqual({ revenue: '35.00', unbilled_ar: '35.00' });
    expect(await net('2025-03')).toEqual({ revenue: '25.00', unbilled_ar: '25.00' });
    expect(await net('2025-04')).toEqual({ ar: '100.00', unbilled_ar: '-100.00' });
    expect(await net('2025-05')).toEqual({ ar: '-100.00', cash: '100.00' });

    const all = await h.api.get('/v1/revenue/journal', { customer, limit: 100 });
    const byTx = new Map<string, Decimal>();
    for (const e of all.body.data)
      byTx.set(e.transaction, (byTx.get(e.transaction) ?? new Decimal(0)).plus(e.debit).minus(e.credit));
    expect(byTx.size).toBe(7);
    expect([...byTx.values()].every((v) => v.isZero())).toBe(true);
    const totals = new Map<string, Decimal>();
    for (const e of all.body.data)
      totals.set(e.account, (totals.get(e.account) ?? new Decimal(0)).plus(e.credit).minus(e.debit));
    expect(totals.get('revenue')?.toFixed()).toBe('100');
    expect(totals.get('unbilled_ar')?.toFixed()).toBe('0');
    expect(totals.get('ar')?.toFixed()).toBe('0');
    expect(totals.get('cash')?.toFixed()).toBe('-100');
  });

  it('books a credit note on the paid invoice against revenue and the customer balance', async () => {
    const customer = (await h.api.get('/v1/revenue/journal', { account: 'cash' })).body.data[0].customer;
    const note = {
      id: 'cn_seed004',
      invoiceId: 'in_seed004',
      customerId: customer,
      currency: 'USD',
      amount: new Decimal(10),
      tax: new Decimal(0),
      reducedAmountDue: new Decimal(0),
      toBalance: new Decimal(10),
    };
    const paidInvoice = { id: 'in_seed004', number: 'SEED-0001' } as InvoiceForHooks;
    const book = (creditNote: typeof note, day: string) =>
      h.store.db
        .transaction()
        .execute((trx) =>
          h.tariff.services.revenue.bookCreditNote(trx, { creditNote, invoice: paidInvoice }, at(day)),
        );
    for (let i = 0; i < 2; i++) await book(note, '2025-06-03');
    const june = await h.api.get('/v1/revenue/summary', { month: '2025-06' });
    expect(june.body.accounts.map((a: { account: string; net: string }) => [a.account, a.net])).toEqual([
      ['customer_balance', '10.00'],
      ['revenue', '-10.00'],
    ]);
    await book({ ...note, id: 'cn_undo' }, '2025-07-01');
  });

  it('pages the journal in time order, filters by account, and exports CSV', async () => {
    const first = await h.api.get('/v1/revenue/journal', { limit: 3 });
    expect(first.body).toMatchObject({ object: 'list', has_more: true });
    const second = await h.api.get('/v1/revenue/journal', {
      limit: 100,
      starting_after: first.body.data[2].id,
    });
    const times = [...first.body.data, ...second.body.data].map(
      (e: { recognized_at: string }) => e.recognized_at,
    );
    expect([...times].sort()).toEqual(times);
    expect(first.body.data.length + second.body.data.length).toBe(18);
    const cash = await h.api.get('/v1/revenue/journal', { account: 'cash' });
    expect(cash.body.data.map((e: { debit: string }) => e.debit)).toEqual(['100.00']);
    const window = await h.api.get('/v1/revenue/journal', {
      start_time: '2025-04-01T00:00:00Z',
      end_time: '2025-05-01T00:00:00Z',
    });
    expect(window.body.data.map((e: { account: string }) => e.account).sort()).toEqual(['ar', 'unbilled_ar']);
    const csv = await h.api.get('/v1/revenue/journal.csv', { account: 'ar' });
    expect(csv.headers['content-type']).toMatch(/text\/csv/);
    const lines = (csv.body as string).trim().split('\n');
    expect(lines[0]).toBe(
      'id,transaction,recognized_at,customer,account,currency,debit,credit,source,source_id,billable_item,description',
    );
    expect(lines).toHaveLength(3);
    expect((await h.api.get('/v1/revenue/journal', { format: 'csv' })).body.split('\n')).toHaveLength(20);
    expect((await h.api.get('/v1/revenue/summary', { month: '2025-13' })).status).toBe(400);
    expect((await h.api.get('/v1/revenue/journal', { account: 'sales' })).status).toBe(400);
  });
});
