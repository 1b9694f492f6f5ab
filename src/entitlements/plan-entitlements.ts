import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import { Decimal, decimalString } from '../core/money/decimal.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { type FeatureRow, type FeatureStore, featureJson } from './features.js';
import type { PlanEntitlementCreate } from './schemas.js';
import type { PlanEntitlementsTable } from './tables.js';

export type PlanEntitlementRow = Selectable<PlanEntitlementsTable>;

/** A pricing plan reference checked against the catalog: its id, and the version if one was named. */
export type PlanOf = (ref: string, version?: number) => Promise<{ id: string }>;

export function planEntitlementJson(row: PlanEntitlementRow, feature: FeatureRow) {
  const dec = (v: string | null) => (v === null ? null : new Decimal(v).toFixed());
  return {
    id: row.id,
    object: 'plan_entitlement' as const,
    pricing_plan: row.plan_id,
    version: row.plan_version,
    feature: featureJson(feature),
    enabled: row.enabled,
    value: row.value ?? null,
    limit: dec(row.limit),
    soft_limit: dec(row.soft_limit),
    overage: row.overage,
    interval: row.interval,
    interval_count: row.interval_count,
    created_at: row.created_at.toISOString(),
  };
}

/** Checks that a body fits its feature's type: a limit only on a metered feature, a value only on a static one. */
function validate(body: Static<typeof PlanEntitlementCreate>, feature: FeatureRow): void {
  const metered = feature.type === 'metered';
  const misplaced: [boolean, string][] = [
    [!metered && body.limit !== undefined, 'limit'],
    [!metered && body.soft_limit !== undefined, 'soft_limit'],
    [!metered && body.overage !== undefined, 'overage'],
    [!metered && body.interval !== undefined, 'interval'],
    [feature.type !== 'static' && body.value !== undefined, 'value'],
  ];
  for (const [bad, param] of misplaced)
    if (bad)
      throw new ApiError('parameter_invalid', `A ${feature.type} feature takes no ${param}.`, { param });
  if (body.interval_count !== undefined && body.interval === undefined)
    throw new ApiError('parameter_missing', 'interval_count needs an interval.', { param: 'interval' });
}

/** Features attached to pricing plans: one row per (plan, version or every version, feature). */
export function createPlanEntitlementStore(ctx: ServiceContext, features: FeatureStore, planOf: PlanOf) {
  return {
    async attach(planRef: string, body: Static<typeof PlanEntitlementCreate>) {
      const plan = await planOf(planRef, body.version);
      const feature = await features.get(body.feature);
      if (feature.status !== 'active')
        throw new ApiError('parameter_invalid', `Feature '${feature.key}' is archived.`, {
          param: 'feature',
        });
      validate(body, feature);
      const values = {
        enabled: body.enabled ?? true,
        value: JSON.stringify(body.value ?? null),
        limit: body.limit === undefined ? null : decimalString(new Decimal(body.limit)),
        soft_limit: body.soft_limit === undefined ? null : decimalString(new Decimal(body.soft_limit)),
        overage: body.overage ?? 'block',
        interval: body.interval ?? null,
        interval_count: body.interval_count ?? 1,
      };
      // Attaching again replaces the entry (same plan, version and feature).
      const row = await ctx.db.transaction().execute(async (trx) => {
        let del = trx
          .deleteFrom('plan_entitlements')
          .where('plan_id', '=', plan.id)
          .where('feature_id', '=', feature.id);
        del =
          body.version === undefined
            ? del.where('plan_version', 'is', null)
            : del.where('plan_version', '=', body.version);
        await del.execute();
        return trx
          .insertInto('plan_entitlements')
          .values({
            id: newId('fent'),
            plan_id: plan.id,
            plan_version: body.version ?? null,
            feature_id: feature.id,
            ...values,
            created_at: ctx.clock.now(),
          })
          .returningAll()
          .executeTakeFirstOrThrow();
      });
      return planEntitlementJson(row, feature);
    },
    /** A plan's entries: those of one version (its own and every-version ones), or all. */
    async list(planRef: string, version?: number) {
      const plan = await planOf(planRef, version);
      let q = ctx.db
        .selectFrom('plan_entitlements as pe')
        .innerJoin('features as f', 'f.id', 'pe.feature_id')
        .selectAll('pe')
        .select([
          'f.key',
          'f.name',
          'f.type',
          'f.meter_id',
          'f.meter_filter',
          'f.status',
          'f.created_at as f_created_at',
        ])
        .where('pe.plan_id', '=', plan.id)
        .orderBy('f.key')
        .orderBy('pe.plan_version');
      if (version !== undefined)
        q = q.where((eb) => eb.or([eb('pe.plan_version', 'is', null), eb('pe.plan_version', '=', version)]));
      const rows = await q.execute();
      const own = new Set(rows.filter((r) => r.plan_version !== null).map((r) => r.feature_id));
      return rows
        .filter((r) => version === undefined || r.plan_version !== null || !own.has(r.feature_id))
        .map((r) =>
          planEntitlementJson(r, {
            id: r.feature_id,
            key: r.key,
            name: r.name,
            type: r.type,
            meter_id: r.meter_id,
            meter_filter: r.meter_filter,
            status: r.status,
            created_at: r.f_created_at,
          }),
        );
    },
    async detach(planRef: string, featureRef: string, version?: number) {
      const plan = await planOf(planRef, version);
      const feature = await features.get(featureRef);
      let del = ctx.db
        .deleteFrom('plan_entitlements')
        .where('plan_id', '=', plan.id)
        .where('feature_id', '=', feature.id);
      del =
        version === undefined
          ? del.where('plan_version', 'is', null)
          : del.where('plan_version', '=', version);
      const gone = await del.returningAll().execute();
      if (gone.length === 0)
        throw notFound('entitlement_not_found', 'entitlement of feature', feature.key, 'feature');
      return { id: gone[0]?.id ?? '', object: 'plan_entitlement' as const, deleted: true as const };
    },
  };
}

export type PlanEntitlementStore = ReturnType<typeof createPlanEntitlementStore>;
