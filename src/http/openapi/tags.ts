/**
 * Every tag an operation may carry, with what it covers: the document lists them in this order,
 * and openapi.test.ts fails an operation whose tag is missing here.
 */
export const TAGS = [
  {
    name: 'account',
    description:
      "The installation's settings: time zone, default currency, invoice prefix, grace period, event window, tax registration.",
  },
  {
    name: 'api keys',
    description:
      'Full-access (`sk_live_…`) and restricted (`rk_live_…`) API keys; stored hashed, shown once.',
  },
  {
    name: 'customers',
    description:
      'The customers you bill, each in one currency; `external_id` (your tenant id) works wherever a customer id does.',
  },
  {
    name: 'customer balance',
    description: "A customer's cash balance: credits and debits applied to the next invoices.",
  },
  {
    name: 'metering',
    description:
      'Meters and the meter events they aggregate (`sum`, `count`, `max`, `last`, `unique_count`); usage by hour, day or month.',
  },
  {
    name: 'platform metering API',
    description: 'Per-tenant unit counts for platforms that resell metered units (`/v1/pricing/metering`).',
  },
  {
    name: 'Stripe-compatible meters',
    description:
      "Stripe's billing meter API, answered in Stripe's own shapes so the official `stripe` client works unchanged.",
  },
  {
    name: 'billable items',
    description:
      'What appears on an invoice line: metered (priced by rate cards against a meter) or licensed.',
  },
  {
    name: 'rate cards',
    description:
      'Versioned prices of a billable item: per-unit, package, graduated or volume tiers, per currency.',
  },
  { name: 'license fees', description: 'Versioned fixed recurring charges.' },
  { name: 'service actions', description: 'Versioned recurring credit grants that come with a plan.' },
  {
    name: 'pricing plans',
    description:
      'Versioned bundles of rate cards, license fees and service actions; previews and simulations.',
  },
  {
    name: 'subscriptions',
    description:
      'A customer on a plan: billing cadence, service intervals, plan changes prorated to the second, cancellation.',
  },
  {
    name: 'plan migrations',
    description:
      'Move every subscription of a pricing-plan version to another version in one call (at the next period or now), with a dry run.',
  },
  { name: 'test clocks', description: "Move a test customer's time forward to watch billing happen." },
  {
    name: 'invoices',
    description: 'Drafts, finalization (numbered gaplessly, taxed per rate), payment and voiding.',
  },
  { name: 'credit notes', description: 'Corrections to finalized invoices.' },
  { name: 'tax', description: 'Tax rates and how they apply to customers and lines.' },
  {
    name: 'discounts',
    description: 'Coupons, promotion codes and the discounts they make on customers and subscriptions.',
  },
  {
    name: 'credits',
    description:
      'Paid and promotional credit grants that burn down in real time, top-ups and automatic top-ups.',
  },
  { name: 'alerts', description: 'Thresholds on credit balances and usage that emit events when crossed.' },
  {
    name: 'entitlements',
    description:
      'Features on pricing plans (switches, configuration values, metered limits), grants of extra usage, and the fast check an application calls per request.',
  },
  {
    name: 'revenue',
    description: 'The double-entry revenue-recognition journal, monthly summaries and CSV exports.',
  },
  { name: 'payments', description: 'Manual payments, Stripe settings, and the Stripe webhook receiver.' },
  { name: 'webhooks', description: "Tariff's own signed, retried webhooks and the events they deliver." },
  { name: 'documents', description: 'Invoice and receipt PDFs.' },
  { name: 'audit', description: 'Who changed what: one record per change, written in the same transaction.' },
  { name: 'platform', description: 'Health, metrics and this document.' },
] as const;

export type TagName = (typeof TAGS)[number]['name'];
