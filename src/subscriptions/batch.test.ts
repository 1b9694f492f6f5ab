import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { newId } from '../shared/ids.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { fixturePlan } from './plan-fixtures.js';

const N = 600;
const APRIL = new Date('2026-04-01T00:00:00Z');

describe.each(TEST_STORES)('set-wise billing with several workers on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('three workers bill and finalize 600 subscriptions once each, numbered without gaps', async () => {
    const s = h.tariff.services;
    await s.account.update({ grace_period_seconds: 0 });
    const meter = await s.metering.createMeter({ event_name: 'batch_calls', formula: 'sum' });
    const plan = fixturePlan({
      id: 'batch',
      currency: 'JPY',
      fee: '1000',
      usage: { meterId: meter.id, unitAmount: '0.5' },
    });
    const march = new Date('2026-03-01T00:00:00Z');
    const feb = new Date('2026-02-01T00:00:00Z');
    const customers = Array.from({ length: N }, (_, k) => ({
      id: newId('cus'),
      external_id: `batch-${k}`,
      name: `tenant ${k}`,
      email: null,
      currency: 'JPY',
      billing_details: '{}',
      test_clock: null,
      metadata: '{}',
      created_at: feb,
      updated_at: feb,
    }));
    await h.store.db.insertInto('customers').values(customers).execute();
    // Every tenth subscription is a period behind: its batch closes February, then March alone.
    const subs = customers.map((c, k) => {
      const behind = k % 10 === 0;
      return {
        id: newId('sub'),
        customer_id: c.id,
        test_clock: null,
        status: 'active' as const,
        currency: 'JPY',
        plan_id: plan.id,
        plan_version: 1,
        plan: JSON.stringify(plan),
        quantities: '{}',
        cadence_unit: 'month' as const,
        cadence_count: 1,
        anchor: feb,
        start_date: feb,
        trial_end: null,
        billing_start: feb,
        current_period_start: behind ? feb : march,
        current_period_end: behind ? march : APRIL,
        service_actions_through: feb,
        next_action_at: behind ? march : APRIL,
        pending_change: null,
        cancel_at: null,
        canceled_at: null,
        metadata: '{}',
        created_at: feb,
        updated_at: feb,
      };
    });
    await h.store.db.insertInto('subscriptions').values(subs).execute();
    // Every seventh has a proration waiting for its next invoice.
    const pending = subs
      .filter((_, k) => k % 7 === 0)
      .map((sub) => ({
        id: newId('ii'),
        subscription_id: sub.id,
        key: `proration:${sub.id}`,
        type: 'proration',
        description: 'Remaining time',
        billable_item: `bi_fee_${plan.id}`,
        quantity: null,
        unit_amount: null,
        amount: '100',
        period_start: new Date('2026-03-20T00:00:00Z'),
        period_end: APRIL,
        invoice_id: null,
        created_at: march,
      }));
    await h.store.db.insertInto('pending_invoice_items').values(pending).execute();
    await s.metering.ingest(
      customers.map((c, k) => ({
        event_name: 'batch_calls',
        payload: { customer: c.id, value: (k % 100) + 1 },
        identifier: `e-${c.id}`,
        timestamp: '2026-03-15T00:00:00Z',
      })),
      { backfill: true },
    );

    const now = new Date(APRIL.getTime() + 5000);
    h.clock.set(now);
    const billed = await Promise.all([1, 2, 3].map(() => s.subscriptions.runDue(now)));
    expect(billed.reduce((n, b) => n + b.subscriptions, 0)).toBe(N);
    const finalized = await Promise.all([1, 2, 3].map(() => s.invoicing.finalizeDue(now)));
    expect(finalized.reduce((n, f) => n + f, 0)).toBe(N + N / 10);

    const invoices = await h.store.db
      .selectFrom('invoices')
      .select(['subscription_id', 'period_key', 'status', 'number', 'amount_due'])
      .where('billing_reason', '=', 'subscription_cycle')
      .execute();
    expect(invoices).toHaveLength(N + N / 10);
    expect(new Set(invoices.map((i) => `${i.subscription_id}|${i.period_key}`)).size).toBe(invoices.length);
    expect(invoices.every((i) => i.status === 'open')).toBe(true);
    const numbers = invoices.map((i) => Number((i.number as string).slice(-6))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: invoices.length }, (_, i) => i + 1));

    // March's invoice: March usage (k % 100 + 1 units at 0.5, rounded to the yen), April's fee in
    // advance, and the waiting proration.
    const due = new Map(invoices.map((i) => [`${i.subscription_id}|${i.period_key}`, i.amount_due]));
    // A subscription a period behind has the proration on its February invoice, the first closed.
    for (const [k, sub] of subs.entries()) {
      const usage = Math.round(((k % 100) + 1) * 0.5);
      const behind = k % 10 === 0;
      const proration = k % 7 === 0 ? 100 : 0;
      const marchDue = Number(due.get(`${sub.id}|cycle:${march.toISOString()}`));
      expect(marchDue).toBe(1000 + usage + (behind ? 0 : proration));
      if (behind) expect(Number(due.get(`${sub.id}|cycle:${feb.toISOString()}`))).toBe(1000 + proration);
    }
    const after = await h.store.db
      .selectFrom('subscriptions')
      .select(['current_period_start', 'next_action_at'])
      .execute();
    expect(after.every((r) => r.current_period_start?.getTime() === APRIL.getTime())).toBe(true);
    expect(
      after.every((r) => r.next_action_at?.getTime() === new Date('2026-05-01T00:00:00Z').getTime()),
    ).toBe(true);
    const left = await h.store.db
      .selectFrom('pending_invoice_items')
      .select('id')
      .where('invoice_id', 'is', null)
      .execute();
    expect(left).toHaveLength(0);

    // The outbox and the journal have one entry of each kind per invoice, in the same transactions.
    const events = await sql<{ type: string; n: number }>`
      select type, count(*)::int as n from events where type like 'invoice.%' group by type order by type`.execute(
      h.store.db,
    );
    expect(events.rows).toEqual([
      { type: 'invoice.created', n: N + N / 10 },
      { type: 'invoice.finalized', n: N + N / 10 },
    ]);
    const journal = await h.store.db
      .selectFrom('journal_transactions')
      .select(['key'])
      .where('source', '=', 'invoice_finalized')
      .execute();
    expect(journal).toHaveLength(N + N / 10);
  });
});
