import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { AccountService } from '../account/service.js';
import { balanceRoutes } from '../balance/routes.js';
import { type BalanceService, createBalanceService } from '../balance/service.js';
import type { CustomerService } from '../customers/service.js';
import type { Executor } from '../db/store.js';
import { creditNoteRoutes } from '../invoicing/credit-note-routes.js';
import { type InvoicingDeps, settingsReader } from '../invoicing/deps.js';
import { invoiceRoutes } from '../invoicing/routes.js';
import { createInvoicingService, type InvoicingService } from '../invoicing/service.js';
import { type AggregateMany, type AggregateUsage, oneByOne } from '../metering/usage-query.js';
import type { ServiceContext } from '../shared/context.js';
import { notFound } from '../shared/errors/index.js';
import { taxRoutes } from '../tax/routes.js';
import { createTaxService, type TaxService } from '../tax/service.js';
import type { TestClockService } from '../test-clocks/service.js';
import { emitEvent } from '../webhooks/emit.js';
import type { Job } from '../worker/worker.js';
import { previewUpcoming } from './preview.js';
import { subscriptionRoutes } from './routes.js';
import { type BillingRunner, createBillingRunner } from './runner.js';
import { createSubscriptionService, type ResolvePlan, type SubscriptionService } from './service.js';
import { subscriptionJson } from './subscription.js';

export interface Billing {
  readonly subscriptions: SubscriptionService;
  readonly invoicing: InvoicingService;
  readonly tax: TaxService;
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
}

/** Subscriptions, invoices, tax and customer balance, wired together for app/compose.ts. */
export function createBilling(input: BillingInput): Billing {
  const { ctx, customers, testClocks } = input;
  const tax = createTaxService(ctx, async (ids, executor) => {
    const found = await customers.findMany(ids, executor);
    return new Map(ids.map((id) => [id, found.get(id)?.billing_details.address]));
  });
  const balance = createBalanceService(ctx);
  const nowFor = async (customerId: string, executor: Executor = ctx.db) =>
    testClocks.nowFor(await customers.get(customerId, executor), executor);
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
  const invoicing = createInvoicingService(deps, {
    upcoming: (id) => previewUpcoming(subscriptions.engine, ctx.db, id),
    markPastDue: (id, trx, at) => subscriptions.markPastDue(id, trx, at),
  });
  // A paid invoice brings a past_due subscription back to active.
  invoicing.addHooks({
    async onPaid(trx, invoice, at) {
      if (!invoice.subscriptionId) return;
      const row = await trx
        .updateTable('subscriptions')
        .set({ status: 'active', updated_at: at })
        .where('id', '=', invoice.subscriptionId)
        .where('status', '=', 'past_due')
        .returningAll()
        .executeTakeFirst();
      if (row) await emitEvent(trx, 'subscription.updated', subscriptionJson(row), at);
    },
  });
  const runner = createBillingRunner(ctx.db, subscriptions.engine, invoicing);
  return {
    subscriptions,
    invoicing,
    tax,
    balance,
    runner,
    routes: [
      subscriptionRoutes(subscriptions),
      invoiceRoutes(invoicing, customers),
      creditNoteRoutes(ctx.db, deps),
      taxRoutes(tax, customers),
      balanceRoutes(ctx.db, balance, customers, nowFor),
    ],
    jobs: () => runner.jobs(),
    async deleteCustomers(ids, trx) {
      if (ids.length === 0) return;
      const invoices = trx.selectFrom('invoices').select('id').where('customer_id', 'in', ids);
      await trx.deleteFrom('invoice_lines').where('invoice_id', 'in', invoices).execute();
      await trx.deleteFrom('credit_notes').where('customer_id', 'in', ids).execute();
      await trx.deleteFrom('invoices').where('customer_id', 'in', ids).execute();
      const subs = trx.selectFrom('subscriptions').select('id').where('customer_id', 'in', ids);
      await trx.deleteFrom('pending_invoice_items').where('subscription_id', 'in', subs).execute();
      await trx.deleteFrom('subscription_phases').where('subscription_id', 'in', subs).execute();
      await trx.deleteFrom('billed_usage').where('customer_id', 'in', ids).execute();
      await trx.deleteFrom('subscriptions').where('customer_id', 'in', ids).execute();
      await trx.deleteFrom('balance_transactions').where('customer_id', 'in', ids).execute();
      await trx.deleteFrom('customer_balances').where('customer_id', 'in', ids).execute();
      await trx.deleteFrom('customer_tax_settings').where('customer_id', 'in', ids).execute();
    },
  };
}
