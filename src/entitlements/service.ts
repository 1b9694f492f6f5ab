import type { Static } from 'typebox';
import type { AccountService } from '../account/service.js';
import { Decimal, decimalString, ZERO } from '../core/money/decimal.js';
import type { Period } from '../core/time/period.js';
import type { CustomerService } from '../customers/service.js';
import type { Db, Executor } from '../db/store.js';
import type { AggregateUsage } from '../metering/usage-query.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { currentMode } from '../shared/request-context.js';
import type { SubscriptionInForce } from '../subscriptions/in-force.js';
import { emitEvent } from '../webhooks/emit.js';
import { type CheckInputs, createCheckCache, granted, parseGrantRows, readVersion } from './check-cache.js';
import { evaluate, parseGrant } from './evaluate.js';
import { createFeatureStore, type FeatureRow, type MeterRef } from './features.js';
import { limitScanJob } from './limit-scan.js';
import { createPlanEntitlementStore, type PlanEntitlementRow, type PlanOf } from './plan-entitlements.js';
import { type Found, type Resolved, stateJson, usagePeriod } from './resolved.js';
import type { GrantCreate } from './schemas.js';
import { createVersionRider } from './version-rider.js';
import './tables.js';

export interface EntitlementDeps {
  readonly customers: CustomerService;
  readonly account: AccountService;
  /** A customer's "now": its test clock's time when attached. */
  readonly nowFor: (customer: { test_clock: string | null }, executor: Executor) => Promise<Date>;
  /** The customer's subscriptions in force, oldest first. */
  readonly subscriptionsOf: (
    customerId: string,
    executor: Executor,
  ) => Promise<readonly SubscriptionInForce[]>;
  readonly planOf: PlanOf;
  readonly meterOf: MeterRef;
  readonly aggregate: AggregateUsage;
  /** Where checks run: the store's `hotReads` (generic plans, src/db/store.ts). */
  readonly checks: Db;
}

export function createEntitlementService(ctx: ServiceContext, deps: EntitlementDeps) {
  const features = createFeatureStore(ctx, deps.meterOf);
  const plans = createPlanEntitlementStore(ctx, features, deps.planOf);
  // Notices this process has written, keyed by mode: a check past the limit does not retry the
  // insert on every call. The table's primary key is what makes "once a period" hold.
  const fired = new Set<string>();
  const cache = createCheckCache();

  /** The subscriptions in force and every entry their plan versions carry (a version's own entry wins). */
  async function entriesOf(db: Executor, customerId: string, featureId?: string) {
    const subs = await deps.subscriptionsOf(customerId, db);
    if (subs.length === 0) return [];
    let q = db
      .selectFrom('plan_entitlements')
      .selectAll()
      .where('plan_id', 'in', [...new Set(subs.map((s) => s.plan_id))]);
    if (featureId) q = q.where('feature_id', '=', featureId);
    const rows = await q.execute();
    // The oldest subscription in force that carries the feature decides (documented).
    const out = new Map<string, { entry: PlanEntitlementRow; subscription: SubscriptionInForce }>();
    for (const sub of subs) {
      const mine = rows.filter(
        (r) => r.plan_id === sub.plan_id && (r.plan_version ?? sub.plan_version) === sub.plan_version,
      );
      for (const entry of mine) {
        const seen = out.get(entry.feature_id);
        if (seen && (seen.subscription !== sub || entry.plan_version === null)) continue;
        out.set(entry.feature_id, { entry, subscription: sub });
      }
    }
    return [...out.values()];
  }

  async function extraGranted(
    db: Executor,
    customerId: string,
    featureId: string,
    now: Date,
  ): Promise<Decimal> {
    const row = await db
      .selectFrom('entitlement_grants')
      .select((eb) => eb.fn.sum<string | null>('amount').as('total'))
      .where('customer_id', '=', customerId)
      .where('feature_id', '=', featureId)
      .where('effective_at', '<=', now)
      .where('expires_at', '>', now)
      .executeTakeFirst();
    return row?.total == null ? ZERO : new Decimal(row.total);
  }

  /** The usage period of a found entry, and its usage (zero for a feature that is not metered). */
  async function measure(
    db: Executor,
    customerId: string,
    feature: FeatureRow,
    found: Found,
    now: Date,
    zone: string,
    period: Period = usagePeriod(found.entry, found.subscription, now, zone),
  ) {
    if (feature.type !== 'metered' || !feature.meter_id) return { period, usage: ZERO };
    const query = { meterId: feature.meter_id, customerId, start: period.start, end: period.end };
    return { period, usage: await deps.aggregate({ ...query, filter: feature.meter_filter }, db) };
  }

  async function resolve(
    db: Executor,
    customerId: string,
    feature: FeatureRow,
    found: Found | undefined,
    now: Date,
    zone: string,
    /** The grants effective now: the check's cache has them in memory. */
    grantsNow: () => Promise<Decimal> = () => extraGranted(db, customerId, feature.id, now),
    /** The period and usage when the caller has read them (a cached check, with the version). */
    measured?: { period: Period; usage: Decimal },
  ): Promise<Resolved> {
    if (!found || feature.status !== 'active')
      return { feature, entry: undefined, subscription: undefined, state: undefined };
    const { entry, subscription } = found;
    const { period, usage } = measured ?? (await measure(db, customerId, feature, found, now, zone));
    const extra =
      feature.type === 'metered' && feature.meter_id && entry.limit !== null ? await grantsNow() : ZERO;
    const state = evaluate(parseGrant({ ...entry, type: feature.type }), usage, extra, period);
    const resolved = { feature, entry, subscription, state };
    await notify(db, customerId, resolved, now);
    return resolved;
  }

  /** Emits a limit or soft-limit notice the first time a period's usage reaches it. */
  async function notify(db: Executor, customerId: string, r: Resolved, at: Date): Promise<void> {
    const m = r.state?.metered;
    if (!m) return;
    const kinds = [
      ...(m.softLimitReached ? (['soft_limit_reached'] as const) : []),
      ...(m.limitReached ? (['limit_reached'] as const) : []),
    ];
    for (const kind of kinds) {
      const key = `${currentMode()}:${customerId}:${r.feature.id}:${kind}:${m.period.start.toISOString()}`;
      if (fired.has(key)) continue;
      await db.transaction().execute(async (trx) => {
        const inserted = await trx
          .insertInto('entitlement_firings')
          .values({
            customer_id: customerId,
            feature_id: r.feature.id,
            kind,
            period_start: m.period.start,
            usage: decimalString(m.usage),
            fired_at: at,
          })
          .onConflict((oc) => oc.columns(['customer_id', 'feature_id', 'kind', 'period_start']).doNothing())
          .returning('customer_id')
          .executeTakeFirst();
        if (inserted)
          await emitEvent(trx, `entitlement.${kind}`, { customer: customerId, ...stateJson(r) }, at);
      });
      if (fired.size >= 100_000) fired.clear();
      fired.add(key);
    }
  }

  /** What a check resolves before usage, for the cache (check-cache.ts). */
  async function loadInputs(db: Executor, customerRef: string, featureRef: string, zone: string) {
    const feature = await features.get(featureRef, db);
    const customer = await deps.customers.get(customerRef, db);
    const frozenNow = customer.test_clock ? await deps.nowFor(customer, db) : null;
    const now = frozenNow ?? ctx.clock.now();
    const [found] = await entriesOf(db, customer.id, feature.id);
    const grants =
      found && feature.type === 'metered' && found.entry.limit !== null
        ? await db
            .selectFrom('entitlement_grants')
            .select(['amount', 'effective_at', 'expires_at'])
            .where('customer_id', '=', customer.id)
            .where('feature_id', '=', feature.id)
            .where('expires_at', '>', now)
            .execute()
        : [];
    const inputs: CheckInputs = {
      customer: { id: customer.id, test_clock: customer.test_clock },
      feature,
      found,
      frozenNow,
      grants: parseGrantRows(grants),
      zone,
    };
    return inputs;
  }

  /** The customer, its now and the account's zone; `zone` is read first, outside a pinned connection. */
  async function customerNow(db: Executor, ref: string, zone?: string) {
    const timeZone = zone ?? (await deps.account.get()).time_zone;
    const customer = await deps.customers.get(ref, db);
    return { customer, now: await deps.nowFor(customer, db), zone: timeZone };
  }

  const service = {
    features,
    plans,
    /** The worker's limit scan (limit-scan.ts): notices for customers nobody checks. */
    jobs: () => [limitScanJob(ctx.db, (customerId) => service.ofCustomer(customerId))],
    /**
     * Whether the customer may use the feature now, with its usage, limit and balance (exact).
     * What it resolves before usage comes from the cache while the mode's version is unchanged
     * (check-cache.ts): a cached check is one primary-key read and the usage read.
     */
    async check(customerRef: string, featureRef: string) {
      // One pinned connection for the whole check: its session context is set once, not per query.
      // The account (cached) is read before: on PGlite's single connection ctx.db would wait.
      const zone = (await deps.account.get()).time_zone;
      return deps.checks.connection().execute(async (db) => {
        // `now` is the one the usage was measured for, when it was.
        const answer = (inputs: CheckInputs, now: Date, measured?: { period: Period; usage: Decimal }) => {
          const { customer, feature, found } = inputs;
          const grants = async () => granted(inputs, now);
          return resolve(db, customer.id, feature, found, now, zone, grants, measured).then((r) => ({
            object: 'entitlement_check' as const,
            customer: customer.id,
            ...stateJson(r),
          }));
        };
        const cached = cache.latest(customerRef, featureRef, zone);
        let version: string | undefined;
        if (cached) {
          // Usage first, with the version in the same statement: one round trip when nothing changed.
          const { customer, feature, found } = cached.inputs;
          const now = cached.inputs.frozenNow ?? ctx.clock.now();
          const rider = createVersionRider();
          const measured =
            found && feature.status === 'active'
              ? await measure(
                  db.withPlugin(rider),
                  customer.id,
                  feature,
                  found,
                  now,
                  zone,
                  cache.period(cached.inputs, now, () =>
                    usagePeriod(found.entry, found.subscription, now, zone),
                  ),
                )
              : undefined;
          version = rider.version ?? (await readVersion(db));
          if (version === cached.version) return answer(cached.inputs, now, measured);
        }
        // Read before loading: an entry is never newer than the version it is stored under.
        version ??= await readVersion(db);
        const inputs = await loadInputs(db, customerRef, featureRef, zone);
        cache.set(customerRef, featureRef, version, inputs);
        return answer(inputs, inputs.frozenNow ?? ctx.clock.now());
      });
    },
    /** Every feature the customer's subscriptions in force grant. */
    async ofCustomer(customerRef: string) {
      const db = ctx.db;
      const { customer, now, zone } = await customerNow(db, customerRef);
      const found = await entriesOf(db, customer.id);
      const rows = found.length
        ? await ctx.db
            .selectFrom('features')
            .selectAll()
            .where(
              'id',
              'in',
              found.map((f) => f.entry.feature_id),
            )
            .execute()
        : [];
      const byId = new Map(rows.map((f) => [f.id, f]));
      const data = [];
      for (const f of found) {
        const feature = byId.get(f.entry.feature_id);
        if (feature?.status !== 'active') continue;
        data.push({
          object: 'entitlement' as const,
          ...stateJson(await resolve(db, customer.id, feature, f, now, zone)),
        });
      }
      data.sort((a, b) => (a.feature < b.feature ? -1 : 1));
      return { object: 'list' as const, customer: customer.id, data, has_more: false };
    },
    /**
     * Extra usage for a metered feature, effective from `effective_at` (default now) until
     * `expires_at` (default: when the customer's current usage period of the feature resets).
     */
    async grant(customerRef: string, body: Static<typeof GrantCreate>) {
      const feature = await features.get(body.feature);
      if (feature.type !== 'metered')
        throw new ApiError('parameter_invalid', 'Only a metered feature takes grants.', { param: 'feature' });
      const { customer, now, zone } = await customerNow(ctx.db, customerRef);
      const effectiveAt = body.effective_at ? new Date(body.effective_at) : now;
      let expiresAt = body.expires_at ? new Date(body.expires_at) : undefined;
      if (!expiresAt) {
        const [found] = await entriesOf(ctx.db, customer.id, feature.id);
        if (!found)
          throw new ApiError(
            'entitlement_not_found',
            `No subscription of the customer carries '${feature.key}': give expires_at.`,
            { param: 'expires_at' },
          );
        expiresAt = usagePeriod(found.entry, found.subscription, effectiveAt, zone).end;
      }
      if (expiresAt <= effectiveAt)
        throw new ApiError('parameter_invalid', 'expires_at must be after effective_at.', {
          param: 'expires_at',
        });
      const row = await ctx.db
        .insertInto('entitlement_grants')
        .values({
          id: newId('egr'),
          customer_id: customer.id,
          feature_id: feature.id,
          amount: decimalString(new Decimal(body.amount)),
          effective_at: effectiveAt,
          expires_at: expiresAt,
          created_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
      return {
        id: row.id,
        object: 'entitlement_grant' as const,
        customer: row.customer_id,
        feature: feature.key,
        amount: new Decimal(row.amount).toFixed(),
        effective_at: row.effective_at.toISOString(),
        expires_at: row.expires_at.toISOString(),
        created_at: row.created_at.toISOString(),
      };
    },
  };
  return service;
}

export type EntitlementService = ReturnType<typeof createEntitlementService>;
