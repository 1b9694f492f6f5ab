import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { Clock } from '../core/time/clock.js';
import type { Db } from '../db/store.js';
import { readQueues } from './queues.js';

/**
 * One app's metrics: HTTP requests by route pattern and status, and gauges read from the
 * database on each scrape (ingestion lag, worker queues, webhook and Stripe failures). The
 * gauges describe the whole installation, so any one process's scrape sees every worker's queue.
 */
export interface TariffMetrics {
  readonly registry: Registry;
  /** Records one answered request (`route` is the pattern, `/v1/customers/:id`). */
  observe(method: string, route: string, status: number, seconds: number): void;
  /** The text exposition: this app's metrics and the process's. */
  scrape(): Promise<string>;
  readonly contentType: string;
}

// Process metrics (CPU, memory, event loop lag, GC, handles) belong to the process, not to an
// app: one registry, started on the first scrape, shared by every app in the process (tests
// build many).
let processRegistry: Registry | undefined;
function processMetrics(): Registry {
  if (!processRegistry) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

export function createMetrics(deps: { db: Db; clock: Clock }): TariffMetrics {
  const registry = new Registry();
  const labelNames = ['method', 'route', 'status'] as const;
  const requests = new Counter({
    name: 'tariff_http_requests_total',
    help: 'HTTP requests answered, by method, route pattern and status code.',
    labelNames,
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'tariff_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by method, route pattern and status code.',
    labelNames,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const unfolded = new Gauge({
    name: 'tariff_ingestion_unfolded_events',
    help: 'Meter events stored but not yet folded into the usage rollups (counted up to 1,000,000).',
    registers: [registry],
  });
  const lag = new Gauge({
    name: 'tariff_ingestion_lag_seconds',
    help: 'Age of the oldest meter event not yet folded into the usage rollups (0 when none).',
    registers: [registry],
  });
  const queue = new Gauge({
    name: 'tariff_worker_queue_depth',
    help: 'Work due now and not yet done by a worker, by queue.',
    labelNames: ['queue'] as const,
    registers: [registry],
  });
  const webhookDeliveries = new Gauge({
    name: 'tariff_webhook_deliveries',
    help: 'Webhook deliveries by state: retrying (pending after a failed attempt) and failed (gave up).',
    labelNames: ['state'] as const,
    registers: [registry],
  });
  const webhookFailures = new Gauge({
    name: 'tariff_webhook_failed_attempts_last_hour',
    help: 'Webhook delivery attempts in the last hour that got no 2xx answer.',
    registers: [registry],
  });
  const stripeFailed = new Gauge({
    name: 'tariff_stripe_pushes_failed',
    help: 'Pushes to Stripe whose last attempt failed (retried, then left for `tariff stripe reconcile`).',
    registers: [registry],
  });

  // The database gauges are read once per scrape, in one round of count queries.
  async function collect() {
    const q = await readQueues(deps.db, deps.clock.now());
    unfolded.set(q.unfoldedEvents);
    lag.set(q.ingestionLagSeconds);
    for (const [name, depth] of Object.entries(q.queues)) queue.set({ queue: name }, depth);
    webhookDeliveries.set({ state: 'retrying' }, q.webhooksRetrying);
    webhookDeliveries.set({ state: 'failed' }, q.webhooksFailed);
    webhookFailures.set(q.webhookFailedAttemptsLastHour);
    stripeFailed.set(q.stripePushesFailed);
  }

  return {
    registry,
    contentType: registry.contentType,
    observe(method, route, status, seconds) {
      const labels = { method, route, status: String(status) };
      requests.inc(labels);
      duration.observe(labels, seconds);
    },
    async scrape() {
      await collect();
      return `${await registry.metrics()}\n${await processMetrics().metrics()}`;
    },
  };
}
