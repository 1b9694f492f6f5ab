import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AccountService } from '../account/service.js';
import { deleteBalancesOf } from '../balance/delete-customers.js';
import { balanceRoutes } from '../balance/routes.js';
import { type BalanceService, createBalanceService } from '../balance/service.js';
import type { CustomerService } from '../customers/service.js';
import type { Executor } from '../db/store.js';
import { deleteDiscountsOf } from '../discounts/delete-customers.js';
import { discountRoutes } from '../discounts/routes.js';
import { createDiscountService, type DiscountService } from '../discounts/service.js';
import { creditNoteRoutes } from '../invoicing/credit-note-routes.js';
import { deleteInvoicesOf } from '../invoicing/delete-customers.js';
import { type InvoicingDeps, settingsReader } from '../invoicing/deps.js';
import { invoiceRoutes } from '../invoicing/routes.js';
import { createInvoicingService, type InvoicingService } from '../invoicing/service.js';
import { type AggregateMany, type AggregateUsage, oneByOne } from '../metering/usage-query.js';
import type { ServiceContext } from '../shared/context.js';
import { notFound } from '../shared/errors/index.js';
import { deleteSubscriptionsOf } from '../subscriptions/delete-customers.js';
import { createPlanMigrationService, type PlanMigrationService } from '../subscriptions/plan-migration.js';
import { planMigrationRoutes } from '../subscriptions/plan-migration-routes.js';
import { previewUpcoming } from '../subscriptions/preview.js';
import { reactivateOnPaid } from '../subscriptions/reactivate-on-paid.js';
import { subscriptionRoutes } from '../subscriptions/routes.js';
import { type BillingRunner, createBillingRunner } from '../subscriptions/runner.js';
import {
  createSubscriptionService,
  type ResolvePlan,
  type SubscriptionService,
} from '../subscriptions/service.js';
import { deleteTaxSettingsOf } from '../tax/delete-customers.js';
import { taxRoutes } from '../tax/routes.js';
import { createTaxService, type TaxService } from '../tax/service.js';
import type { TestClockService } from '../test-clocks/service.js';
import type { Job } from '../worker/worker.js';

export interface Billing {
  readonly subscriptions: SubscriptionService;
  readonly planMigrations: PlanMigrationService;
  readonly invoicing: InvoicingService;
  readonly tax: TaxService;
  readonly discounts: DiscountService;
  readonly balance: BalanceService;
  readonly runner: BillingRunner;
  readonly routes: FastifyPluginAsyncTypebox[];
  jobs(): Job[];
  /** Removes a test clock's customers' billing rows (the clock deletes the customers). */
  deleteCustomers(customerIds: string[], trx: Executor): Promise<void>;
}

export interface BillingInput {
  readonly ctx: ServiceContext;
  readonly account: AccountService;
  readonly customers: CustomerService;
  readonly testClocks: TestClockService;
  readonly aggregate: AggregateUsage;
  /** Defaults to `aggregate` one question at a time. */
  readonly aggregateMany?: AggregateMany;
  readonly resolvePlan?: ResolvePlan;
  /** A coupon's applies_to billable items (ids or lookup keys) as ids (the catalog). */
  readonly billableItemIds?: (refs: readonly string[]) => Promise<string[]>;
}

/** Subscriptions, invoices, tax and customer balance, wired together for app/compose.ts (the composition root). */
export function createBilling(input: BillingInput): Billing {
  const { ctx, customers, testClocks } = input;
  const tax = createTaxService(ctx, async (ids, executor) => {
    const found = await customers.findMany(ids, executor);
    return new Map(ids.map((id) => [id, found.get(id)?.billing_details.address]));
  });
  const balance = createBalanceService(ctx);
  const nowFor = async (customerId: string, executor: Executor = ctx.db) =>
    testClocks.nowFor(await customers.get(customerId, executor), executor);
  const discounts = createDiscountService(ctx, {
    nowFor,
    subscriptionCustomer: async (id, executor) => (await subscriptions.get(id, executor)).customer_id,
    ...(input.billableItemIds && { billableItemIds: input.billableItemIds }),
  });
  const deps: InvoicingDeps = {
    ctx,
    settings: settingsReader(input.account),
    tax,
    balance,
    aggregate: input.aggregate,
    aggregateMany: input.aggregateMany ?? oneByOne(input.aggregate),
    nowFor,
    clockOf: async (customerId, executor = ctx.db) => (await customers.get(customerId, executor)).test_clock,
    customersOf: (ids, executor) => customers.findMany(ids, executor),
    hooks: [],
    discountsFor: (executor, sub) => discounts.specsFor(executor, sub),
    redeemOn: (executor, sub, input, at) => discounts.redeemOnSubscription(executor, sub, input, at),
  };
  const resolvePlan: ResolvePlan = async (ref, version, executor) => {
    if (!input.resolvePlan) throw notFound('pricing_plan_not_found', 'pricing plan', ref, 'pricing_plan');
    return input.resolvePlan(ref, version, executor);
  };
  const subscriptions = createSubscriptionService({
    ctx,
    customers,
    invoicing: deps,
    resolvePlan,
    hooks: [],
  });
  const planMigrations = createPlanMigrationService({
    ctx,
    customers,
    invoicing: deps,
    resolvePlan,
    hooks: subscriptions.engine.hooks,
    engine: subscriptions.engine,
  });
  const invoicing = createInvoicingService(deps, {
    upcoming: (id) => previewUpcoming(subscriptions.engine, ctx.db, id),
    markPastDue: (id, trx, at) => subscriptions.markPastDue(id, trx, at),
  });
  invoicing.addHooks({ onPaid: reactivateOnPaid });
  const runner = createBillingRunner(ctx.db, subscriptions.engine, invoicing);
  return {
    subscriptions,
    planMigrations,
    invoicing,
    tax,
    discounts,
    balance,
    runner,
    routes: [
      subscriptionRoutes(subscriptions),
      planMigrationRoutes(planMigrations),
      invoiceRoutes(invoicing, customers),
      creditNoteRoutes(ctx.db, deps),
      taxRoutes(tax, customers),
      discountRoutes(discounts),
      balanceRoutes(ctx.db, balance, customers, nowFor),
    ],
    jobs: () => [
      ...runner.jobs(),
      {
        name: 'plan-migrations-resume',
        everyMs: 30_000,
        run: (now) => planMigrations.resumeStalled(now),
      },
    ],
    // Each slice removes its own rows; invoices name subscriptions, so they go first.
    async deleteCustomers(ids, trx) {
      await deleteInvoicesOf(ids, trx);
      await deleteSubscriptionsOf(ids, trx);
      await deleteBalancesOf(ids, trx);
      await deleteTaxSettingsOf(ids, trx);
      await deleteDiscountsOf(ids, trx);
    },
  };
}
