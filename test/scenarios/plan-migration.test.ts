import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok } from './fixtures.js';

/**
 * Plan migration (docs/billing.md "Plan migration"): every subscription on one pricing-plan
 * version moves to another in one call, at each one's next period or now with a proration
 * behaviour; a dry run lists each subscription's upcoming total before and after; each move
 * sends `subscription.migrated` and is audited; a migration interrupted midway is finished by
 * the worker without moving anything twice.
 */
describe.each(TEST_STORES)('plan migration on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-04-01T00:00:00Z'), { mode: 'test' });

  /** Three customers (each on their own test clock) on plan A (¥1,000 a month), and plan B (¥1,500). */
  async function setup(n = 3) {
    const a = await makePlan(h.api, { currency: 'JPY', fee: '1000' });
    const b = await makePlan(h.api, { currency: 'JPY', fee: '1500' });
    const subs = [];
    const clocks = [];
    for (let i = 0; i < n; i++) {
      const { clock, customer } = await clockedCustomer(h.api, '2026-04-01T00:00:00Z', 'JPY');
      subs.push(await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: a.planId })));
      clocks.push(clock);
    }
    for (const clock of clocks) await advance(h.api, clock, '2026-04-16T00:00:00Z');
    return { a, b, subs, clocks };
  }

  const body = (a: string, b: string, extra: Record<string, unknown> = {}) => ({
    from: { pricing_plan: a, pricing_plan_version: 1 },
    to: { pricing_plan: b },
    ...extra,
  });

  it('dry run: each subscription’s upcoming total before and after, and nothing is written', async () => {
    const { a, b, subs } = await setup();
    const events = (await h.api.get('/v1/events', { limit: 100 })).body.data.length;
    const preview = await h.api.post('/v1/plan_migrations/preview', body(a.planId, b.planId));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      object: 'plan_migration_preview',
      effective: 'next_period',
      currency: 'JPY',
      has_more: false,
    });
    expect(preview.body.data.map((d: any) => d.subscription).sort()).toEqual(subs.map((s) => s.id).sort());
    for (const d of preview.body.data) {
      // The May 1 invoice bills May's fee in advance: ¥1,000 on A, ¥1,500 once moved at period end.
      expect(d).toMatchObject({
        old_upcoming_total: '1000',
        new_upcoming_total: '1500',
        effective_at: '2026-05-01T00:00:00.000Z',
        proration_invoice_total: null,
        error: null,
      });
    }
    // Now, invoiced at once: half of April at the difference (¥250) on its own invoice.
    const now = await h.api.post(
      '/v1/plan_migrations/preview',
      body(a.planId, b.planId, { effective: 'now', proration_behavior: 'always_invoice', limit: 2 }),
    );
    expect(now.status).toBe(200);
    expect(now.body.has_more).toBe(true);
    expect(now.body.data).toHaveLength(2);
    expect(now.body.data[0]).toMatchObject({
      effective_at: '2026-04-16T00:00:00.000Z',
      old_upcoming_total: '1000',
      new_upcoming_total: '1500',
      proration_invoice_total: '250',
    });
    // `dry_run: true` on the create is the same dry run (as the issue words it); limit only with it.
    const dry = await h.api.post('/v1/plan_migrations', body(a.planId, b.planId, { dry_run: true }));
    expect([dry.status, dry.body.error]).toEqual([200, undefined]);
    expect(dry.body).toEqual(preview.body);
    const limitAlone = await h.api.post('/v1/plan_migrations', body(a.planId, b.planId, { limit: 2 }));
    expect([limitAlone.status, limitAlone.body.error.code, limitAlone.body.error.param]).toEqual([
      400,
      'parameter_invalid',
      'limit',
    ]);
    for (const s of subs) {
      const sub = (await h.api.get(`/v1/subscriptions/${s.id}`)).body;
      expect(sub.pricing_plan).toBe(a.planId);
      expect(sub.pending_change ?? null).toBeNull();
    }
    expect((await h.api.get('/v1/events', { limit: 100 })).body.data.length).toBe(events);
    expect(await h.api.get('/v1/plan_migrations')).toMatchObject({ body: { data: [] } });
  });

  it('at the next period: scheduled for each, one webhook and audit record per subscription, billed from May', async () => {
    const { a, b, subs, clocks } = await setup();
    const res = await h.api.post('/v1/plan_migrations', body(a.planId, b.planId));
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      object: 'plan_migration',
      from: { pricing_plan: a.planId, pricing_plan_version: 1 },
      to: { pricing_plan: b.planId, pricing_plan_version: 1 },
      effective: 'next_period',
      status: 'completed',
      total: 3,
      migrated: 3,
      failed: 0,
      failures: [],
    });
    expect((await h.api.get(`/v1/plan_migrations/${res.body.id}`)).body).toEqual(res.body);

    const migrated = (await h.api.get('/v1/events', { type: 'subscription.migrated', limit: 100 })).body.data;
    expect(migrated.map((e: any) => e.data.object.subscription.id).sort()).toEqual(
      subs.map((s) => s.id).sort(),
    );
    expect(migrated[0].data.object).toMatchObject({
      plan_migration: res.body.id,
      effective_at: '2026-05-01T00:00:00.000Z',
      to: { pricing_plan: b.planId, pricing_plan_version: 1 },
    });
    for (const s of subs) {
      const audit = (await h.api.get('/v1/audit_events', { resource_id: s.id, limit: 100 })).body.data;
      expect(audit.some((e: any) => e.action === 'updated')).toBe(true);
    }

    // Running it again finds nobody left to move... but the three still bill A until May 1.
    for (const [i, clock] of clocks.entries()) {
      await advance(h.api, clock, '2026-05-01T00:00:01Z');
      const sub = (await h.api.get(`/v1/subscriptions/${subs[i].id}`)).body;
      expect(sub.pricing_plan).toBe(b.planId);
      const may = (await invoicesOf(h.api, subs[i].id)).at(-1);
      expect(may.total).toBe('1500');
    }
    const again = await h.api.post('/v1/plan_migrations', body(a.planId, b.planId));
    expect(again.body).toMatchObject({ status: 'completed', total: 0, migrated: 0 });
  });

  it('now with always_invoice: moved at once, the difference invoiced', async () => {
    const { a, b, subs } = await setup(2);
    const res = await h.api.post(
      '/v1/plan_migrations',
      body(a.planId, b.planId, { effective: 'now', proration_behavior: 'always_invoice' }),
    );
    expect(res.body).toMatchObject({ status: 'completed', total: 2, migrated: 2, failed: 0 });
    for (const s of subs) {
      expect((await h.api.get(`/v1/subscriptions/${s.id}`)).body.pricing_plan).toBe(b.planId);
      const update = (await invoicesOf(h.api, s.id)).find((i) => i.billing_reason === 'subscription_update');
      expect(update.total).toBe('250');
    }
  });

  it('a subscription the new plan cannot take is recorded as failed, and the others move', async () => {
    const { a, subs } = await setup(2);
    // A yearly fee does not fit the monthly cadence of these subscriptions.
    const yearly = await makePlan(h.api, { currency: 'JPY', fee: '12000', feeInterval: { unit: 'year' } });
    const preview = await h.api.post('/v1/plan_migrations/preview', body(a.planId, yearly.planId));
    expect(preview.body.data[0]).toMatchObject({
      old_upcoming_total: null,
      new_upcoming_total: null,
      error: { code: 'service_interval_exceeds_cadence' },
    });
    const res = await h.api.post('/v1/plan_migrations', body(a.planId, yearly.planId));
    expect(res.body).toMatchObject({ status: 'completed', total: 2, migrated: 0, failed: 2 });
    expect(res.body.failures.map((f: any) => f.subscription).sort()).toEqual(subs.map((s) => s.id).sort());
    expect(res.body.failures[0].code).toBe('service_interval_exceeds_cadence');
    for (const s of subs)
      expect((await h.api.get(`/v1/subscriptions/${s.id}`)).body.pricing_plan).toBe(a.planId);
  });

  it('refuses a migration across currencies or to the same version, and an unknown id', async () => {
    const a = await makePlan(h.api, { currency: 'JPY', fee: '1000' });
    const usd = await makePlan(h.api, { currency: 'USD', fee: '10' });
    const cross = await h.api.post('/v1/plan_migrations', body(a.planId, usd.planId));
    expect(cross.status).toBe(400);
    expect(cross.body.error).toMatchObject({ code: 'currency_mismatch', param: 'to.pricing_plan' });
    const same = await h.api.post('/v1/plan_migrations', body(a.planId, a.planId));
    expect(same.body.error).toMatchObject({ code: 'parameter_invalid', param: 'to' });
    const missing = await h.api.get('/v1/plan_migrations/pmig_nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('plan_migration_not_found');
  });

  it('survives a crash midway: the worker finishes it, and what was moved is not moved twice', async () => {
    const { a, b, subs } = await setup(3);
    // The state a crash leaves: the migration `running` with its lease, the first subscription
    // moved (its change and its item row committed together), the others not yet.
    const first = subs[0].id;
    await ok(
      h.api.post(`/v1/subscriptions/${first}/change_plan`, {
        pricing_plan: b.planId,
        effective_at: 'period_end',
      }),
    );
    const started = h.clock.now();
    await h.inMode(async () => {
      const db = h.tariff.store.db;
      await db
        .insertInto('plan_migrations')
        .values({
          id: 'pmig_crashed',
          from_plan: a.planId,
          from_version: 1,
          to_plan: b.planId,
          to_version: 1,
          effective: 'next_period',
          proration_behavior: 'create_prorations',
          status: 'running',
          total: 3,
          migrated: 1,
          failed: 0,
          lease_until: new Date(started.getTime() + 5 * 60_000),
          created_at: started,
          updated_at: started,
          completed_at: null,
        })
        .execute();
      await db
        .insertInto('plan_migration_items')
        .values({
          migration_id: 'pmig_crashed',
          subscription_id: first,
          outcome: 'scheduled',
          error_code: null,
          error_message: null,
          effective_at: new Date('2026-05-01T00:00:00Z'),
          created_at: started,
        })
        .execute();
    });
    // While the lease holds, the worker leaves it to its (dead) owner.
    await h.tariff.worker.runOnce();
    expect((await h.api.get('/v1/plan_migrations/pmig_crashed')).body.status).toBe('running');

    // After the lease: the worker (after a restart, any worker) takes it over and finishes it.
    h.clock.advance(6 * 60_000);
    await h.tariff.worker.runOnce();
    const done = (await h.api.get('/v1/plan_migrations/pmig_crashed')).body;
    expect(done).toMatchObject({ status: 'completed', total: 3, migrated: 3, failed: 0 });
    const migrated = (await h.api.get('/v1/events', { type: 'subscription.migrated', limit: 100 })).body.data;
    const mine = migrated.filter((e: any) => e.data.object.plan_migration === 'pmig_crashed');
    // Only the two the crash had not reached: the first is neither moved again nor announced twice.
    expect(mine.map((e: any) => e.data.object.subscription.id).sort()).toEqual(
      [subs[1].id, subs[2].id].sort(),
    );
    for (const s of subs) {
      const sub = (await h.api.get(`/v1/subscriptions/${s.id}`)).body;
      expect(sub.pending_change).toMatchObject({ pricing_plan: b.planId });
    }
  });
});
