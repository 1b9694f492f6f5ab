import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { accountRoutes } from '../account/routes.js';
import { type AccountService, createAccountService } from '../account/service.js';
import { auditRoutes } from '../audit/routes.js';
import { createAuditService } from '../audit/service.js';
import { type ApiKeyService, createApiKeyService } from '../auth/api-keys.js';
import { catalogRoutes } from '../catalog/routes.js';
import { type CatalogService, createCatalogService } from '../catalog/service.js';
import { apiKeyRoutes } from '../console-server/api-keys-routes.js';
import { consoleRoutes } from '../console-server/routes.js';
import { type Clock, systemClock } from '../core/time/clock.js';
import { customerJson } from '../customers/customer.js';
import { customerRoutes } from '../customers/routes.js';
import { type CustomerService, createCustomerService } from '../customers/service.js';
import type { Store } from '../db/store.js';
import { documentRoutes } from '../documents/routes.js';
import { entitlementRoutes } from '../entitlements/routes.js';
import { createEntitlementService, type EntitlementService } from '../entitlements/service.js';
import { purgeIdempotencyKeys } from '../http/idempotency.js';
import { buildHttpServer, type HttpLimits } from '../http/server.js';
import { ingestLogMode } from '../ingest-log/mode.js';
import { createRefusalReads } from '../ingest-log/refusals.js';
import { refusalRoutes } from '../ingest-log/routes.js';
import { meteringRoutes } from '../metering/plugin.js';
import { createMeteringService, type MeteringService } from '../metering/service.js';
import { createMetrics } from '../metrics/registry.js';
import { metricsRoutes } from '../metrics/routes.js';
import { createDunning } from '../payments/dunning.js';
import { paymentRoutes } from '../payments/routes.js';
import { createPaymentService, type PaymentService } from '../payments/service.js';
import type { OutboundOptions } from '../security/outbound.js';
import type { Keyring } from '../security/secret-box.js';
import type { ServiceContext } from '../shared/context.js';
import { subscriptionsInForce } from '../subscriptions/in-force.js';
import { testClockRoutes } from '../test-clocks/routes.js';
import { createTestClockService, type TestClockService } from '../test-clocks/service.js';
import { webhookRoutes } from '../webhooks/routes.js';
import { createWebhookService, type WebhookService } from '../webhooks/service.js';
import { createWorker, type Job, type Worker } from '../worker/worker.js';
import { type Billing, createBilling } from './billing.js';
import { type CreditsSlice, createCreditsSlice, deleteCreditsOf } from './credits-slice.js';
import { createLogger } from './logger.js';
import { prepareSecurity } from './secrets.js';
import { VERSION } from './version.js';

export interface Services {
  readonly keys: ApiKeyService;
  readonly account: AccountService;
  readonly customers: CustomerService;
  readonly testClocks: TestClockService;
  readonly metering: MeteringService;
  readonly catalog: CatalogService;
  readonly webhooks: WebhookService;
  readonly payments: PaymentService;
  readonly subscriptions: Billing['subscriptions'];
  readonly invoicing: Billing['invoicing'];
  readonly tax: Billing['tax'];
  readonly balance: Billing['balance'];
  readonly credits: CreditsSlice['credits'];
  readonly alerts: CreditsSlice['alerts'];
  readonly revenue: CreditsSlice['revenue'];
  readonly entitlements: EntitlementService;
}

export interface Tariff {
  readonly app: FastifyInstance;
  readonly services: Services;
  readonly worker: Worker;
  readonly store: Store;
  readonly clock: Clock;
  readonly log: Logger;
  close(): Promise<void>;
}

export interface TariffOptions {
  store: Store;
  clock?: Clock;
  logger?: Logger;
  /** Seals secrets at rest. Default: bound by the CLI, else TARIFF_SECRET_KEY, else a per-process key. */
  secrets?: Keyring;
  /** Outbound request policy. Default: internal addresses refused unless TARIFF_OUTBOUND_ALLOW_PRIVATE=1. */
  outbound?: OutboundOptions;
  /** Request limits (rate limits, wrong-key limit). Default: the built-in defaults; `serve` reads the environment. */
  limits?: HttpLimits;
  /** Which reverse proxies' X-Forwarded-For to believe (Fastify's `trustProxy`). */
  trustProxy?: boolean | number | string;
}

/**
 * The composition root: every service, route and job is wired here, by hand, in dependency
 * order. Nothing else constructs services.
 */
export async function createTariff(options: TariffOptions): Promise<Tariff> {
  const { store } = options;
  const clock = options.clock ?? systemClock;
  const log = options.logger ?? createLogger();
  const ctx: ServiceContext = { db: store.db, clock, log };
  const { secrets, outbound } = await prepareSecurity(store, options);

  const keys = createApiKeyService(store.db);
  const account = createAccountService(ctx);
  // Customers sit below test clocks: they ask whether a clock exists through this late-bound call.
  const customers = createCustomerService(ctx, {
    clockExists: (id, executor) => testClocks.exists(id, executor),
  });

  const testClocks = createTestClockService(ctx, customers);
  // TARIFF_INGEST=jetstream: accepted events go to the ingest log and reads wait for it (src/ingest-log).
  const ingestLog = await ingestLogMode(store.db, store.kind);
  const meteringStore = createMeteringService(ctx, {
    account,
    customers,
    testClocks,
    ...(ingestLog && { store: ingestLog.store }),
  });
  const metering = ingestLog ? ingestLog.reads(meteringStore) : meteringStore;
  const catalog = createCatalogService(ctx, {
    getMeter: async (ref, executor) => {
      const meter = await metering.getMeter(ref, executor);
      return { id: meter.id, dimension_keys: meter.dimension_keys, formula: meter.formula };
    },
    aggregate: (query, executor) => metering.aggregate(query, executor),
    customers,
    account,
    discountsFor: (customer, currency, hypothetical, start, subtotal) =>
      billing.discounts.simulationSpecs(customer, currency, hypothetical, start, subtotal),
  });

  const webhooks = createWebhookService(ctx, { secrets, outbound });

  const billing = createBilling({
    ctx,
    account,
    customers,
    testClocks,
    aggregate: (query, executor) => metering.aggregate(query, executor),
    aggregateMany: (queries, executor) => metering.aggregateMany(queries, executor),
    resolvePlan: catalog.resolvePlan,
    billableItemIds: async (refs) => {
      const ids: string[] = [];
      for (const [i, ref] of refs.entries())
        ids.push((await catalog.items.get(ref, undefined, `applies_to[billable_items][${i}]`)).id);
      return ids;
    },
  });
  testClocks.addDeleteHandler((ids, trx) => billing.deleteCustomers(ids, trx));
  testClocks.addDeleteHandler((ids, trx) => deleteCreditsOf(ids, trx));

  const payments = createPaymentService({
    ctx,
    customers,
    testClocks,
    invoicing: billing.invoicing,
    secrets,
    ...(options.trustProxy === undefined ? {} : { trustProxy: options.trustProxy }),
    outbound,
  });

  // Reminders, overdue notices, retries and the final action on unpaid invoices (src/payments/dunning.ts).
  const dunning = createDunning({
    db: store.db,
    account,
    invoicing: billing.invoicing,
    subscriptions: billing.subscriptions,
    provider: () => payments.provider(),
    now: () => clock.now(),
  });

  const creditsSlice = createCreditsSlice(ctx, { account, customers, testClocks });
  creditsSlice.connectBilling({
    invoicing: billing.invoicing,
    subscriptions: billing.subscriptions,
    metering,
    tax: billing.tax,
  });
  // Billing's actions first, then credits, revenue and alerts for the clock's customers at its new time.
  testClocks.setAdvanceHandler(async (clock, from, to) => ({
    ...(await billing.runner.advanceClock(clock, from, to)),
    credits_and_revenue: await creditsSlice.advanceClock(clock.id, from, to),
    dunning: await dunning.advanceClock(clock.id, to),
  }));

  // Features on plans, checked against the customer's subscriptions in force and metering's exact aggregate.
  const entitlements = createEntitlementService(ctx, {
    customers,
    account,
    nowFor: (customer, executor) => testClocks.nowFor(customer, executor),
    subscriptionsOf: (customerId, executor) => subscriptionsInForce(executor, customerId),
    planOf: async (ref, version) => {
      const plan = await catalog.plans.get(ref, undefined, 'id');
      if (version !== undefined) await catalog.plans.version(plan.id, version);
      return { id: plan.id };
    },
    meterOf: (ref) => metering.getMeter(ref),
    aggregate: (query, executor) => metering.aggregate(query, executor),
    checks: store.hotReads,
  });

  const services: Services = {
    keys,
    account,
    customers,
    testClocks,
    metering,
    catalog,
    webhooks,
    payments,
    subscriptions: billing.subscriptions,
    invoicing: billing.invoicing,
    tax: billing.tax,
    balance: billing.balance,
    credits: creditsSlice.credits,
    alerts: creditsSlice.alerts,
    revenue: creditsSlice.revenue,
    entitlements,
  };

  const jobs: Job[] = [
    {
      name: 'purge-idempotency-keys',
      everyMs: 3_600_000,
      run: async (now) => ({ idempotency_keys_purged: await purgeIdempotencyKeys(store.db, now) }),
    },
    ...metering.jobs(),
    // After the fold: limit notices for customers whose usage grew and nobody checked.
    ...entitlements.jobs(),
    ...webhooks.jobs(),
    ...payments.jobs(),
    ...dunning.jobs(),
    ...creditsSlice.jobs,
    ...billing.jobs(),
  ];

  const app = await buildHttpServer({
    store,
    keys,
    version: VERSION,
    logger: log,
    secrets,
    ...(options.limits ? { limits: options.limits } : {}),
    routes: [
      // First: its request-timing hook reaches only the routes registered after it.
      metricsRoutes(createMetrics({ db: store.db, clock })),
      accountRoutes(account),
      customerRoutes(customers),
      testClockRoutes(testClocks),
      ...meteringRoutes(metering, keys),
      ...catalogRoutes(catalog),
      webhookRoutes(webhooks),
      paymentRoutes(payments),
      ...creditsSlice.routes,
      ...billing.routes,
      entitlementRoutes(entitlements),
      apiKeyRoutes(keys),
      auditRoutes(createAuditService(store.db)),
      refusalRoutes(createRefusalReads(store.db)),
      documentRoutes({
        invoice: (id) => billing.invoicing.get(id),
        customer: async (id) => customerJson(await customers.get(id)),
        account: () => account.get(),
      }),
      consoleRoutes(),
    ],
  });
  const worker = createWorker(jobs, clock, log);
  // Closed with the server (also by test harnesses that close only the app): its in-process applier
  // and connection must not outlive the store.
  if (ingestLog) app.addHook('onClose', () => ingestLog.close());

  return {
    app,
    services,
    worker,
    store,
    clock,
    log,
    async close() {
      await worker.stop();
      await app.close();
      await store.close();
    },
  };
}
