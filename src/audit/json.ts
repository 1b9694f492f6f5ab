import type { AuditEventRow } from './service.js';

/** The API object name of each audited table; a table not listed is shown by its own name. */
const OBJECT_OF_TABLE: Readonly<Record<string, string>> = {
  account: 'account',
  alerts: 'alert',
  api_keys: 'api_key',
  auto_top_ups: 'auto_top_up',
  balance_transactions: 'customer_balance_transaction',
  billable_items: 'billable_item',
  credit_grants: 'credit_grant',
  credit_notes: 'credit_note',
  credit_transactions: 'credit_transaction',
  customer_tax_settings: 'customer_tax_settings',
  customers: 'customer',
  invoice_lines: 'invoice_line',
  invoices: 'invoice',
  license_fee_versions: 'license_fee_version',
  license_fees: 'license_fee',
  meters: 'meter',
  payment_settings: 'payment_settings',
  pending_invoice_items: 'pending_invoice_item',
  pricing_plan_components: 'pricing_plan_component',
  pricing_plan_versions: 'pricing_plan_version',
  pricing_plans: 'pricing_plan',
  rate_card_versions: 'rate_card_version',
  rate_cards: 'rate_card',
  rates: 'rate',
  service_action_versions: 'service_action_version',
  service_actions: 'service_action',
  subscription_phases: 'subscription_phase',
  subscriptions: 'subscription',
  tax_rates: 'tax_rate',
  test_clocks: 'test_clock',
  top_ups: 'top_up',
  webhook_endpoints: 'webhook_endpoint',
};

const TABLE_OF_OBJECT: ReadonlyMap<string, string> = new Map(
  Object.entries(OBJECT_OF_TABLE).map(([table, object]) => [object, table]),
);

export function objectOfTable(table: string): string {
  return OBJECT_OF_TABLE[table] ?? table;
}

/** The table a `resource_type` filter names: an API object name, or a table name as is. */
export function tableOfObject(type: string): string {
  return TABLE_OF_OBJECT.get(type) ?? type;
}

export function auditEventJson(row: AuditEventRow) {
  return {
    object: 'audit_event' as const,
    id: row.id,
    created_at: row.created_at.toISOString(),
    actor: { type: row.actor_type, id: row.actor_id, name: row.actor_name },
    mode: row.mode,
    request_id: row.request_id,
    route: row.route,
    path: row.path,
    resource: { type: objectOfTable(row.resource_type), id: row.resource_id },
    action: row.action,
    changes: row.changes,
  };
}
