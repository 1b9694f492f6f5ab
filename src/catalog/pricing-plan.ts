import type { Selectable } from 'kysely';
import type { PricingPlanComponentsTable, PricingPlansTable } from './tables.js';
import { pinFromText, type VersionPin } from './versions.js';

export type PricingPlanRow = Selectable<PricingPlansTable>;
export type ComponentRow = Selectable<PricingPlanComponentsTable>;

export interface ComponentJson {
  type: ComponentRow['type'];
  rate_card?: string;
  license_fee?: string;
  service_action?: string;
  /** A pinned version number, or `latest` / `live` for a component that follows its target. */
  version: VersionPin;
}

export function componentJson(row: ComponentRow): ComponentJson {
  return { type: row.type, [row.type]: row.component_id, version: pinFromText(row.version_pin) };
}

export function pricingPlanJson(plan: PricingPlanRow, latestComponents: readonly ComponentRow[]) {
  return {
    id: plan.id,
    object: 'pricing_plan' as const,
    name: plan.name,
    currency: plan.currency,
    lookup_key: plan.lookup_key,
    status: plan.status,
    latest_version: plan.latest_version,
    live_version: plan.live_version,
    components: latestComponents.map(componentJson),
    metadata: plan.metadata,
    created_at: plan.created_at.toISOString(),
    updated_at: plan.updated_at.toISOString(),
  };
}

export function planVersionJson(
  plan: PricingPlanRow,
  version: { version: number; created_at: Date },
  components: readonly ComponentRow[],
) {
  return {
    object: 'pricing_plan_version' as const,
    pricing_plan: plan.id,
    version: version.version,
    live: version.version === plan.live_version,
    latest: version.version === plan.latest_version,
    components: components.map(componentJson),
    created_at: version.created_at.toISOString(),
  };
}
