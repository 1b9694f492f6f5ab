import type { Selectable } from 'kysely';
import type { CreditGrantTemplate } from './resolved-plan.js';
import type { ServiceActionsTable, ServiceActionVersionsTable, StoredCreditGrant } from './tables.js';

export type ServiceActionRow = Selectable<ServiceActionsTable>;
export type ServiceActionVersionRow = Selectable<ServiceActionVersionsTable>;

/** The credit grant as the API writes it. Every grant expires at the end of its service interval. */
export function creditGrantJson(grant: StoredCreditGrant) {
  return {
    amount: { currency: grant.currency, value: grant.amount },
    category: grant.category,
    applicability: grant.applicability,
    priority: grant.priority,
    expires: { type: 'end_of_service_interval' as const },
  };
}

export function creditGrantTemplate(grant: StoredCreditGrant): CreditGrantTemplate {
  return {
    amount: grant.amount,
    currency: grant.currency,
    category: grant.category,
    applicability:
      'scope' in grant.applicability
        ? { scope: 'metered' }
        : { billableItems: grant.applicability.billable_items },
    priority: grant.priority,
  };
}

export function serviceActionVersionJson(row: ServiceActionVersionRow) {
  return {
    object: 'service_action_version' as const,
    service_action: row.service_action_id,
    version: row.version,
    credit_grant: creditGrantJson(row.credit_grant),
    service_interval: row.service_interval,
    service_interval_count: row.service_interval_count,
    created_at: row.created_at.toISOString(),
  };
}

/** A service action with the terms of its latest version. */
export function serviceActionJson(action: ServiceActionRow, latest: ServiceActionVersionRow) {
  return {
    id: action.id,
    object: 'service_action' as const,
    name: action.name,
    type: action.type,
    currency: action.currency,
    credit_grant: creditGrantJson(latest.credit_grant),
    service_interval: latest.service_interval,
    service_interval_count: latest.service_interval_count,
    lookup_key: action.lookup_key,
    latest_version: action.latest_version,
    live_version: action.live_version,
    metadata: action.metadata,
    created_at: action.created_at.toISOString(),
    updated_at: action.updated_at.toISOString(),
  };
}

/** A service action with one of its versions: what the API shows. */
export interface ServiceActionView {
  readonly action: ServiceActionRow;
  readonly version: ServiceActionVersionRow;
}
