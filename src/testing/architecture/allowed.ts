/**
 * Known violations of the layering, each with why it is still here. The layering test fails on
 * anything not listed AND on a listed entry that no longer occurs, so this list only shrinks.
 */
export const ALLOWED: ReadonlyMap<string, string> = new Map([
  ...[
    'meter_fold',
    'meter_events',
    'subscriptions',
    'invoices',
    'events',
    'webhook_deliveries',
    'webhook_attempts',
    'payment_sync_log',
  ].map(
    (table) =>
      [
        `table src/metrics/queues.ts -> ${table}`,
        "the Prometheus scrape counts every worker queue in one statement; each slice should publish its queue's count instead",
      ] as const,
  ),
]);
