import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { Decimal } from '../core/money/decimal.js';
import { fitsWithin, type Interval } from '../core/time/interval.js';
import { ApiError } from '../shared/errors/index.js';

const describe = (i: Interval) =>
  i.count === 1 ? `${i.unit}ly`.replace('dayly', 'daily') : `every ${i.count} ${i.unit}s`;

/**
 * A component's service interval must fit in the billing cadence: usage is billed for service
 * intervals completed within a billing period, so a longer one would never complete in one.
 * The FAQ's "annual and monthly cannot share one subscription" is this error, with its fix.
 */
export function assertFitsCadence(plan: ResolvedPlan, cadence: Interval): void {
  const components = [
    ...plan.rateCards.map((c) => ({ id: c.id, name: c.name, interval: c.serviceInterval })),
    ...plan.licenseFees.map((f) => ({ id: f.id, name: f.name, interval: f.serviceInterval })),
    ...plan.serviceActions.map((a) => ({ id: a.id, name: a.name, interval: a.serviceInterval })),
  ];
  for (const c of components) {
    if (fitsWithin(c.interval, cadence)) continue;
    throw new ApiError(
      'service_interval_exceeds_cadence',
      `Component '${c.name}' (${c.id}) has a ${describe(c.interval)} service interval, longer than the ${describe(cadence)} billing cadence. ` +
        'A subscription has one billing cadence: put the longer components in a second subscription with a matching cadence (e.g. one subscription billed yearly, one billed monthly).',
      { param: 'billing_cadence', extra: { component: c.id } },
    );
  }
}

/** Quantities may only name license fees of the plan; the rest default to 1. */
export function assertQuantities(
  plan: ResolvedPlan,
  configs: Record<string, { quantity: string }> | undefined,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, cfg] of Object.entries(configs ?? {})) {
    if (!plan.licenseFees.some((f) => f.id === id)) {
      throw new ApiError(
        'parameter_invalid',
        `'${id}' is not a license fee of pricing plan ${plan.id} v${plan.version}.`,
        {
          param: 'component_configurations',
        },
      );
    }
    out[id] = cfg.quantity;
  }
  return out;
}

/** Whether two quantity maps bill the same (an unlisted fee has quantity 1). */
export function sameQuantities(a: Record<string, string>, b: Record<string, string>): boolean {
  const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
  return [...keys].every((k) => new Decimal(a[k] ?? '1').eq(b[k] ?? '1'));
}
