import type { Static } from 'typebox';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { currencyOf } from './currency.js';
import { editParent, listParents, newParent } from './parents.js';
import { type ComponentRef, type ComponentTargets, componentRef } from './plan-components.js';
import type { ComponentRow, PricingPlanRow } from './pricing-plan.js';
import { assertLookupKeyFree, guardLookupKey } from './refs.js';
import type { PlanListQuery, PricingPlanCreate, VersionedUpdate } from './schemas.js';
import { getParent, insertVersion, versionRow, versionRows } from './versioned.js';
import { membersAt, pinToText } from './versions.js';
import './tables.js';

export interface PlanView {
  readonly plan: PricingPlanRow;
  /** The components of the version asked for (the latest by default). */
  readonly components: readonly ComponentRow[];
}

export interface PlanVersionView extends PlanView {
  readonly version: { version: number; created_at: Date };
}

/** Pricing plans: containers of rate cards, license fees and service actions, versioned. */
export interface PricingPlanService {
  create(input: Static<typeof PricingPlanCreate>): Promise<PlanView>;
  /** Name, lookup_key, metadata, and which version is live. */
  update(ref: string, input: Static<typeof VersionedUpdate>): Promise<PlanView>;
  /** Archived plans keep serving their subscribers but take no new components. */
  archive(ref: string): Promise<PlanView>;
  get(ref: string, executor?: Executor, param?: string): Promise<PricingPlanRow>;
  view(ref: string, executor?: Executor): Promise<PlanView>;
  /** One version; throws `pricing_plan_version_not_found`. */
  version(ref: string, version: number, executor?: Executor): Promise<PlanVersionView>;
  versions(ref: string): Promise<PlanVersionView[]>;
  list(query: Static<typeof PlanListQuery>): Promise<PlanView[]>;
}

export async function planComponents(executor: Executor, planId: string): Promise<ComponentRow[]> {
  return executor
    .selectFrom('pricing_plan_components')
    .selectAll()
    .where('pricing_plan_id', '=', planId)
    .orderBy('seq')
    .execute();
}

export function createPricingPlanService(ctx: ServiceContext, targets: ComponentTargets): PricingPlanService {
  const get = (ref: string, executor: Executor = ctx.db, param = 'pricing_plan') =>
    getParent(executor, 'pricing_plans', ref, param);

  async function view(ref: string, executor: Executor = ctx.db): Promise<PlanView> {
    const plan = await get(ref, executor, 'id');
    return { plan, components: membersAt(await planComponents(executor, plan.id), plan.latest_version) };
  }

  async function versionsOf(executor: Executor, planId: string) {
    const rows = await versionRows(executor, 'pricing_plans', planId);
    return rows.map(({ version, created_at }) => ({ version, created_at }));
  }

  return {
    get,
    view,
    async create(input) {
      const currency = currencyOf(input.currency);
      return guardLookupKey(ctx.db, 'pricing_plans', input.lookup_key, () =>
        ctx.db.transaction().execute(async (trx) => {
          await assertLookupKeyFree(trx, 'pricing_plans', input.lookup_key);
          const refs: ComponentRef[] = [];
          for (const [i, component] of (input.components ?? []).entries()) {
            const ref = await componentRef(targets, component, currency, trx, `components[${i}]`);
            if (refs.some((r) => r.componentId === ref.componentId)) {
              throw new ApiError(
                'component_exists',
                `${ref.componentId} is already a component of this plan.`,
                {
                  param: `components[${i}]`,
                },
              );
            }
            refs.push(ref);
          }
          const now = ctx.clock.now();
          const plan = await trx
            .insertInto('pricing_plans')
            .values({
              id: newId('pp'),
              name: input.name,
              currency,
              status: 'active',
              ...newParent(input, now),
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await insertVersion(trx, 'pricing_plans', plan.id, 1, {}, now);
          for (const ref of refs) {
            await trx
              .insertInto('pricing_plan_components')
              .values({
                pricing_plan_id: plan.id,
                type: ref.type,
                component_id: ref.componentId,
                version_pin: pinToText(ref.pin),
                from_version: 1,
                to_version: null,
                created_at: now,
              })
              .execute();
          }
          return view(plan.id, trx);
        }),
      );
    },
    async update(ref, input) {
      return ctx.db.transaction().execute(async (trx) => {
        const current = await get(ref, trx, 'id');
        await editParent(trx, 'pricing_plans', current, input, ctx.clock.now());
        return view(current.id, trx);
      });
    },
    async archive(ref) {
      return ctx.db.transaction().execute(async (trx) => {
        const current = await get(ref, trx, 'id');
        await trx
          .updateTable('pricing_plans')
          .set({ status: 'archived', updated_at: ctx.clock.now() })
          .where('id', '=', current.id)
          .execute();
        return view(current.id, trx);
      });
    },
    async version(ref, version, executor = ctx.db) {
      const plan = await get(ref, executor, 'id');
      const { created_at } = await versionRow(executor, 'pricing_plans', plan, version);
      return {
        plan,
        version: { version, created_at },
        components: membersAt(await planComponents(executor, plan.id), version),
      };
    },
    async versions(ref) {
      const plan = await get(ref, ctx.db, 'id');
      const [rows, components] = await Promise.all([
        versionsOf(ctx.db, plan.id),
        planComponents(ctx.db, plan.id),
      ]);
      return rows.map((version) => ({ plan, version, components: membersAt(components, version.version) }));
    },
    async list(query) {
      const plans = await listParents(ctx.db, 'pricing_plans', query, {
        status: query.status,
        currency: query.currency?.toUpperCase(),
      });
      const out: PlanView[] = [];
      for (const plan of plans)
        out.push({ plan, components: membersAt(await planComponents(ctx.db, plan.id), plan.latest_version) });
      return out;
    },
  };
}
