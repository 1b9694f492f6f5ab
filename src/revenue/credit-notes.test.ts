import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { everyTransactionBalances, type JournalEntry, readJournal } from './journal-fixture.js';

type Entry = JournalEntry;

/** Credit notes reach the journal; payment books only the cash collected; balance at finalization. */
describe.each(TEST_STORES)('credit notes and payments in the journal on %s', (kind) => {
  const h = useTariff(kind);

  const journal = (customer: string) => readJournal(h, customer);

  /** Natural-sign balance per account (revenue and liabilities credit-positive, assets debit-positive). */
  const net = (entries: Entry[], account: string, source?: string) => {
    const debitNormal = ['ar', 'cash', 'unbilled_ar'].includes(account);
    const n = entries
      .filter((e) => e.account === account && (!source || e.source === source))
      .reduce((s, e) => s + Number(e.credit) - Number(e.debit), 0);
    return (debitNormal ? -n : n) + 0;
  };

  async function taxedCustomer() {
    const vat = await h.api.post('/v1/tax_rates', {
      display_name: 'VAT 10%',
      percentage: '10',
      inclusive: false,
      country: 'JP',
    });
    const customer = (await h.api.post('/v1/customers', { name: 'Notes KK', currency: 'JPY' })).body
      .id as string;
    await h.api.post(`/v1/customers/${customer}/tax_settings`, { tax_rates: [vat.body.id] });
    return customer;
  }
  const invoice = async (customer: string, amount: string) =>
    (
      await h.api.post('/v1/invoices', {
        customer,
        currency: 'JPY',
        lines: [{ description: 'Consulting', amount }],
        finalize: true,
      })
    ).body;

  it('an open invoice credited then paid: revenue is what remains, cash what was paid, no phantom balance', async () => {
    const customer = await taxedCustomer();
    const inv = await invoice(customer, '1500');
    expect(inv).toMatchObject({ subtotal: '1500', tax: '150', total: '1650', amount_due: '1650' });
    const cn = await h.api.post('/v1/credit_notes', {
      invoice: inv.id,
      amount: '1000',
      reason: 'order_change',
    });
    expect(cn.body).toMatchObject({ amount: '1000', reduce_amount_due: '1000', credit_to_balance: '0' });
    const noteTax = Number(cn.body.tax);
    expect(noteTax).toBeGreaterThan(0);
    const paid = await h.api.post(`/v1/invoices/${inv.id}/pay`, { reference: 'wire' });
    expect(paid.body).toMatchObject({ status: 'paid', amount_due: '650' });

    const entries = await journal(customer);
    expect(everyTransactionBalances(entries)).toBe(true);
    expect(net(entries, 'revenue')).toBe(1500 - (1000 - noteTax));
    expect(net(entries, 'tax_payable')).toBe(150 - noteTax);
    expect(net(entries, 'cash')).toBe(650);
    expect(net(entries, 'ar')).toBe(0);
    expect(entries.filter((e) => e.account === 'customer_balance')).toEqual([]);
    expect(net(entries, 'revenue', 'credit_note')).toBe(-(1000 - noteTax));
  });

  it('a note on a paid invoice becomes customer balance, which the next invoice applies at finalization', async () => {
    const customer = await taxedCustomer();
    const first = await invoice(customer, '2000');
    await h.api.post(`/v1/invoices/${first.id}/pay`, {});
    const cn = await h.api.post('/v1/credit_notes', { invoice: first.id, amount: '550', reason: 'other' });
    expect(cn.body).toMatchObject({ credit_to_balance: '550', tax: '50' });
    let entries = await journal(customer);
    expect(net(entries, 'customer_balance')).toBe(550);
    expect(net(entries, 'revenue', 'credit_note')).toBe(-500);

    const second = await invoice(customer, '700');
    expect(second).toMatchObject({ total: '770', balance_applied: '550', amount_due: '220' });
    entries = await journal(customer);
    // the balance settled part of ar when it was applied, at finalization
    expect(net(entries, 'customer_balance')).toBe(0);
    await h.api.post(`/v1/invoices/${second.id}/pay`, {});
    entries = await journal(customer);
    expect(everyTransactionBalances(entries)).toBe(true);
    expect(net(entries, 'cash')).toBe(2200 + 220);
    expect(net(entries, 'cash', 'invoice_paid')).toBe(2420);
    expect(net(entries, 'ar')).toBe(0);
    expect(net(entries, 'customer_balance')).toBe(0);
    expect(net(entries, 'revenue')).toBe(2000 - 500 + 700);
    expect(net(entries, 'tax_payable')).toBe(200 - 50 + 70);
  });
});
