import { beforeAll, describe, expect, it } from 'vitest';
import type { Billing } from '../app/billing.js';
import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { fixturePlan } from './plan-fixtures.js';
import { fixtureBilling } from './test-billing.js';

describe.each(TEST_STORES)('billing worker on %s', (kind) => {
  const h = useTariff(kind);
  let billing: Billing;
  const plans = new Map<string, ResolvedPlan>();

  beforeAll(async () => {
    billing = fixtureBilling(h, plans);
    const meter = await h.tariff.services.metering.createMeter({
      event_name: 'worker_calls',
      formula: 'sum',
    });
    plans.set('good', fixturePlan({ id: 'good', currency: 'JPY', fee: '100' }));
    // A price the rating code cannot read: billing this subscription throws.
    plans.set(
      'broken',
      fixturePlan({ id: 'broken', currency: 'JPY', usage: { meterId: meter.id, unitAmount: 'x' } }),
    );
  });

  it('bills due subscriptions in batches; a failing one waits a minute without holding back the rest', async () => {
    const subs = [];
    for (const plan of ['good', 'broken', 'good']) {
      const customer = await h.tariff.services.customers.create({ name: plan, currency: 'JPY' });
      subs.push(await billing.subscriptions.create({ customer: customer.id, pricing_plan: plan }));
    }
    const now = new Date('2026-04-01T00:00:05Z');
    h.clock.set(now);
    await h.tariff.worker.runOnce();
    const [good1, broken, good2] = await Promise.all(subs.map((s) => billing.subscriptions.get(s.id)));
    expect(good1?.current_period_start?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(good2?.current_period_start?.toISOString()).toBe('2026-04-01T00:00:00.000Z');
    expect(broken?.current_period_start?.toISOString()).toBe('2026-03-01T00:00:00.000Z');
    expect(broken?.next_action_at?.toISOString()).toBe('2026-04-01T00:01:05.000Z');
    // An hour later (the grace period) the worker finalizes their drafts.
    h.clock.set(new Date('2026-04-01T01:00:05Z'));
    await h.tariff.worker.runOnce();
    const open = await h.api.get('/v1/invoices', { subscription: good1?.id, status: 'open' });
    expect(open.body.data).toHaveLength(2);
  });
});
