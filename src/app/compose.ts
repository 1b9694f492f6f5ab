import type { FastifyInstance } from 'fastify';
import type { Logger } from 'pino';
import { accountRoutes } from '../account/routes.js';
import { type AccountService, createAccountService } from '../account/service.js';
import { type ApiKeyService, createApiKeyService } from '../auth/api-keys.js';
import { apiKeyRoutes } from '../console-server/api-keys-routes.js';
import { consoleRoutes } from '../console-server/routes.js';
import { type Clock, systemClock } from '../core/time/clock.js';
import { customerRoutes } from '../customers/routes.js';
import { type CustomerService, createCustomerService } from '../customers/service.js';
import type { Store } from '../db/store.js';
import { meteringRoutes } from '../metering/plugin.js';
import { createMeteringService, type MeteringService } from '../metering/service.js';
import { purgeIdempotencyKeys } from '../http/idempotency.js';
import { buildHttpServer } from '../http/server.js';
import type { ServiceContext } from '../shared/context.js';
import { testClockRoutes } from '../test-clocks/routes.js';
import { createTestClockService, type TestClockService } from '../test-clocks/service.js';
import { webhookRoutes } from '../webhooks/routes.js';
import { createWebhookService, type WebhookService } from '../webhooks/service.js';
import { createWorker, type Job, type Worker } from '../worker/worker.js';
import { createLogger } from './logger.js';
import { VERSION } from './version.js';

export interface Services {
  readonly keys: ApiKeyService;
  readonly account: AccountService;
  readonly customers: CustomerService;
  readonly testClocks: TestClockService;
  readonly metering: MeteringService;
  readonly webhooks: WebhookService;
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

  const keys = createApiKeyService(store.db);
  const account = createAccountService(ctx);
  const customers = createCustomerService(ctx);

  const testClocks = createTestClockService(ctx);
  const metering = createMeteringService(ctx, { account, customers, testClocks });

  const webhooks = createWebhookService(ctx);

  const services: Services = { keys, account, customers, testClocks, metering, webhooks };

  const jobs: Job[] = [
    {
      name: 'purge-idempotency-keys',
      everyMs: 3_600_000,
      run: async (now) => void (await purgeIdempotencyKeys(store.db, now)),
    },
    ...webhooks.jobs(),
  ];

  const app = await buildHttpServer({
    store,
    keys,
    version: VERSION,
    logger: log,
    routes: [
      accountRoutes(account),
      customerRoutes(customers),
      testClockRoutes(testClocks),
      ...meteringRoutes(metering),
      webhookRoutes(webhooks),
      apiKeyRoutes(keys),
      consoleRoutes(),
    ],
  });
  const worker = createWorker(jobs, clock, log);

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
