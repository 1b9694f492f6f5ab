/**
 * The closed table of error codes and their HTTP statuses. Clients switch on `code`, never on
 * the message. A domain adds its codes here; a code without a status does not compile.
 */
export const ERROR_STATUS = {
  // request shape
  parameter_missing: 400,
  parameter_unknown: 400,
  parameter_invalid: 400,
  invalid_json: 400,
  body_too_large: 413,
  unsupported_media_type: 415,
  // auth
  unauthorized: 401,
  permission_denied: 403,
  rate_limited: 429,
  mode_unavailable: 400,
  api_key_not_found: 404,
  api_key_last_active: 409,
  // generic
  resource_not_found: 404,
  route_not_found: 404,
  method_not_allowed: 405,
  idempotency_key_reused: 409,
  idempotency_key_in_use: 409,
  conflict: 409,
  internal_error: 500,
  service_unavailable: 503,
  // account
  invalid_time_zone: 400,
  // money
  currency_mismatch: 400,
  invalid_currency: 400,
  // customers
  customer_not_found: 404,
  customer_exists: 409,
  // test clocks
  test_clock_not_found: 404,
  test_mode_only: 400,
  test_clock_backwards: 400,
  test_clock_advancing: 409,
  // metering
  meter_not_found: 404,
  meter_exists: 409,
  meter_inactive: 400,
  meter_formula_unsupported: 400,
  meter_event_not_found: 404,
  invalid_value: 400,
  timestamp_out_of_range: 400,
  // catalog
  billable_item_not_found: 404,
  billable_item_exists: 409,
  billable_item_type_mismatch: 400,
  matrix_dimension_unknown: 400,
  matrix_dimension_filtered: 400,
  percentage_meter_not_sum: 400,
  invalid_price: 400,
  rate_card_not_found: 404,
  rate_card_version_not_found: 404,
  rate_not_found: 404,
  too_many_rates: 400,
  license_fee_not_found: 404,
  license_fee_version_not_found: 404,
  service_action_not_found: 404,
  service_action_version_not_found: 404,
  pricing_plan_not_found: 404,
  pricing_plan_version_not_found: 404,
  pricing_plan_archived: 409,
  lookup_key_exists: 409,
  component_exists: 409,
  component_not_found: 404,
  // credits and alerts
  credit_grant_not_found: 404,
  credit_grant_not_voidable: 409,
  alert_not_found: 404,
  // discounts
  coupon_not_found: 404,
  promotion_code_not_found: 404,
  discount_not_found: 404,
  coupon_not_redeemable: 409,
  // entitlements
  feature_not_found: 404,
  feature_exists: 409,
  entitlement_not_found: 404,
  // subscriptions and invoices
  subscription_not_found: 404,
  subscription_canceled: 409,
  plan_migration_not_found: 404,
  service_interval_exceeds_cadence: 400,
  invoice_not_found: 404,
  invalid_invoice_transition: 409,
  invoice_not_draft: 409,
  invoice_not_paid: 409,
  invoice_not_deletable: 409,
  invoice_has_payments: 409,
  payment_exceeds_amount_remaining: 400,
  no_upcoming_invoice: 404,
  credit_note_not_found: 404,
  credit_note_exceeds_invoice: 400,
  credit_note_exceeds_line: 400,
  tax_rate_not_found: 404,
  // webhooks
  webhook_endpoint_not_found: 404,
  webhook_delivery_not_found: 404,
  event_not_found: 404,
  // payments
  payment_provider_not_configured: 409,
  payment_provider_error: 503,
  stripe_signature_invalid: 400,
} as const satisfies Record<
  string,
  400 | 401 | 402 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503
>;

export type ErrorCode = keyof typeof ERROR_STATUS;

export type ErrorType =
  | 'invalid_request_error'
  | 'authentication_error'
  | 'permission_error'
  | 'rate_limit_error'
  | 'idempotency_error'
  | 'api_error';

export function errorTypeFor(code: ErrorCode): ErrorType {
  const status = ERROR_STATUS[code];
  if (status === 401) return 'authentication_error';
  if (status === 403) return 'permission_error';
  if (status === 429) return 'rate_limit_error';
  if (code === 'idempotency_key_reused' || code === 'idempotency_key_in_use') return 'idempotency_error';
  if (status >= 500) return 'api_error';
  return 'invalid_request_error';
}
