import type { Static } from 'typebox';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { type ComponentRef, type ComponentTargets, checkPin, componentRef } from './plan-components.js';
import type { ComponentRow, PricingPlanRow } from './pricing-plan.js';
import { type PlanView, type PricingPlanService, planComponents } from './pricing-plans.js';
import { bumpLatest, lockRow } from './refs.js';
import type { ComponentInput } from './schemas.js';
import { membersAt, pinToText, type VersionPin } from './versions.js';

/**
 * Editing a plan's components, versioned as seed 004 says: adding a rate card extends the latest
 * version; adding a license fee or service action, and changing or removing any component, makes
 * a new version. Earlier versions never change, so subscribers pinned to them keep their terms.
 */
export interface PlanEditService {
  addComponent(ref: string, input: Static<typeof ComponentInput>): Promise<PlanView>;
  /** Re-pins a component (a version number, `latest` or `live`): a new plan version. */
  changeComponent(ref: string, componentId: string, pin: VersionPin): Promise<PlanView>;
  removeComponent(ref: string, componentId: string): Promise<PlanView>;
}

export function createPlanEditService(
  ctx: ServiceContext,
  plans: PricingPlanService,
  targets: ComponentTargets,
): PlanEditService {
  /** Runs `edit` on the locked, active plan with the components of its latest version. */
  async function onLatest(
    ref: string,
    edit: (trx: Executor, plan: PricingPlanRow, latest: ComponentRow[]) => Promise<void>,
  ): Promise<PlanView> {
    return ctx.db.transaction().execute(async (trx) => {
      const { id } = await plans.get(ref, trx, 'id');
      await lockRow(trx, 'pricing_plans', id);
      const plan = await plans.get(id, trx);
      if (plan.status === 'archived') {
        throw new ApiError(
          'pricing_plan_archived',
          `Pricing plan ${plan.id} is archived; its versions are final.`,
        );
      }
      await edit(trx, plan, membersAt(await planComponents(trx, plan.id), plan.latest_version));
      return plans.view(plan.id, trx);
    });
  }

  async function newVersion(trx: Executor, plan: PricingPlanRow): Promise<number> {
    const now = ctx.clock.now();
    const version = await bumpLatest(trx, 'pricing_plans', plan.id, now);
    await trx
      .insertInto('pricing_plan_versions')
      .values({ pricing_plan_id: plan.id, version, created_at: now })
      .execute();
    return version;
  }

  async function open(trx: Executor, planId: string, ref: ComponentRef, from: number) {
    await trx
      .insertInto('pricing_plan_components')
      .values({
        pricing_plan_id: planId,
        type: ref.type,
        component_id: ref.componentId,
        version_pin: pinToText(ref.pin),
        from_version: from,
        to_version: null,
        created_at: ctx.clock.now(),
      })
      .execute();
  }

  async function close(trx: Executor, row: ComponentRow, at: number) {
    await trx
      .updateTable('pricing_plan_components')
      .set({ to_version: at })
      .where('seq', '=', row.seq)
      .execute();
  }

  function existing(latest: ComponentRow[], componentId: string): ComponentRow {
    const row = latest.find((c) => c.component_id === componentId);
    if (!row)
      throw notFound('component_not_found', 'component in the latest plan version', componentId, 'component');
    return row;
  }

  return {
    async addComponent(ref, input) {
      return onLatest(ref, async (trx, plan, latest) => {
        const component = await componentRef(targets, input, plan.currency, trx, '');
        if (latest.some((c) => c.component_id === component.componentId)) {
          throw new ApiError(
            'component_exists',
            `${component.componentId} is already a component of ${plan.id}.`,
            {
              param: input.type,
            },
          );
        }
        const from = component.type === 'rate_card' ? plan.latest_version : await newVersion(trx, plan);
        await open(trx, plan.id, component, from);
      });
    },
    async changeComponent(ref, componentId, pin) {
      return onLatest(ref, async (trx, plan, latest) => {
        const row = existing(latest, componentId);
        if (pinToText(pin) === row.version_pin) return;
        const target =
          row.type === 'rate_card'
            ? await targets.rateCards.get(row.component_id, trx)
            : row.type === 'license_fee'
              ? await targets.licenseFees.get(row.component_id, trx)
              : await targets.serviceActions.get(row.component_id, trx);
        checkPin(row.type, target, pin, 'version');
        const version = await newVersion(trx, plan);
        await close(trx, row, version);
        await open(trx, plan.id, { type: row.type, componentId: row.component_id, pin }, version);
      });
    },
    async removeComponent(ref, componentId) {
      return onLatest(ref, async (trx, plan, latest) => {
        const row = existing(latest, componentId);
        await close(trx, row, await newVersion(trx, plan));
      });
    },
  };
}
