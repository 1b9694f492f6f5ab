import type { PermissionGroup } from '../shared/permissions.js';

/**
 * What a route needs, decided once when the route is registered (never from the URL text of a
 * request): either it is public by declaration, or it needs a key holding `access` on `group`.
 */
export type RoutePolicy =
  | { readonly public: true }
  | { readonly public: false; readonly group: PermissionGroup; readonly access: 'read' | 'write' };

interface Rule {
  readonly pattern: RegExp;
  readonly group: PermissionGroup;
  /** For POST routes that compute without changing anything (previews, simulations). */
  readonly access?: 'read';
}

/**
 * Every protected route's permission group, by route pattern; the first match wins. A route
 * that matches no rule and is not declared public makes the server refuse to start, so a new
 * route cannot be registered without a decision.
 */
const RULES: readonly Rule[] = [
  { pattern: /^\/v1\/api_keys(\/|$)/, group: 'keys' },
  { pattern: /^\/v1\/audit_events(\/|$)/, group: 'audit' },
  // Prometheus scrapes with a restricted key holding `metrics: read` (bearer token).
  { pattern: /^\/metrics$/, group: 'metrics' },
  { pattern: /^\/v1\/account(\/|$)/, group: 'account' },
  { pattern: /^\/v1\/payment_settings(\/|$)/, group: 'payment_settings' },
  { pattern: /^\/v1\/(webhook_endpoints|events)(\/|$)/, group: 'webhooks' },
  // Usage in and usage out: what an application server sends and reads back.
  {
    pattern:
      /^\/(v1|v2)\/(meter_events|meter_event_refusals|billing\/meter_events|billing\/meter_event_adjustments|billing\/meter_event_session|billing\/meter_event_stream)(\/|$)/,
    group: 'events',
  },
  { pattern: /^\/v1\/pricing\/metering\//, group: 'events' },
  {
    pattern: /^\/v1\/(meters\/:id\/usage|customers\/:id\/usage|billing\/meters\/:id\/event_summaries)$/,
    group: 'events',
  },
  { pattern: /^\/v1\/entitlements(\/|$)/, group: 'customers', access: 'read' },
  { pattern: /^\/v1\/pricing_plans\/:id\/preview$/, group: 'catalog', access: 'read' },
  {
    pattern:
      /^\/v1\/(meters|billing\/meters|billable_items|rate_cards|license_fees|service_actions|pricing_plans|coupons|promotion_codes|features)(\/|$)/,
    group: 'catalog',
  },
  { pattern: /^\/v1\/customers\/:id\/simulate$/, group: 'subscriptions', access: 'read' },
  {
    pattern: /^\/v1\/customers\/:id\/(credit_balance|credit_transactions|top_ups|auto_top_up)$/,
    group: 'credits',
  },
  { pattern: /^\/v1\/(credit_grants|alerts)(\/|$)/, group: 'credits' },
  { pattern: /^\/v1\/customers(\/|$)/, group: 'customers' },
  { pattern: /^\/v1\/plan_migrations\/preview$/, group: 'subscriptions', access: 'read' },
  { pattern: /^\/v1\/(subscriptions|test_clocks|plan_migrations)(\/|$)/, group: 'subscriptions' },
  { pattern: /^\/v1\/(invoices|credit_notes|tax_rates)(\/|$)/, group: 'invoices' },
  { pattern: /^\/v1\/revenue(\/|$)/, group: 'revenue' },
];

/** Routes registered by plugins we do not own (the API reference UI) that are public as a whole. */
const PUBLIC_PREFIXES = ['/docs'] as const;

const READ_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * The policy of one registered route. `declaredPublic` is the route's own `config.public`;
 * throws when a protected route has no rule.
 */
export function policyFor(method: string, url: string, declaredPublic: boolean): RoutePolicy {
  if (declaredPublic) return { public: true };
  if (PUBLIC_PREFIXES.some((p) => url === p || url.startsWith(`${p}/`))) return { public: true };
  const rule = RULES.find((r) => r.pattern.test(url));
  if (!rule) {
    throw new Error(
      `Route ${method} ${url} has no permission group: add a rule in src/http/route-policy.ts or declare it public.`,
    );
  }
  const access = rule.access ?? (READ_METHODS.has(method) ? 'read' : 'write');
  return { public: false, group: rule.group, access };
}
