import type { AccountService } from '../account/service.js';
import { deleteAlertsOf } from '../alerts/delete-customers.js';
import { alertRoutes } from '../alerts/routes.js';
import { type AlertService, createAlertService } from '../alerts/service.js';
import { sliceAt } from '../core/billing/periods.js';
import { inclusivePercent } from '../core/billing/tax.js';
import type { Decimal } from '../core/money/decimal.js';
import { deleteCreditsOf as deleteCredits } from '../credits/delete-customers.js';
import { deferredLeftOf, expiredPaidConsumptionOf } from '../credits/ledger.js';
import type { CustomerService } from '../customers/service.js';
import type { Executor } from '../db/store.js';
import type { InvoiceHooks } from '../invoicing/hooks.js';
import type { InvoicingService } from '../invoicing/service.js';
import type { MeteringService } from '../metering/service.js';
import { bookBreakage } from '../revenue/breakage.js';
import { deleteRevenueOf } from '../revenue/delete-customers.js';
import type { InclusivePercents } from '../revenue/finalized.js';
import { planUsageSource } from '../revenue/plan-usage.js';
import { revenueRoutes } from '../revenue/routes.js';
import { createRevenueService, type RevenueService } from '../revenue/service.js';
import { cadenceSchedule } from '../subscriptions/schedule.js';
import '../credits/tables.js';
import { evaluateAutoTopUps } from '../credits/auto-top-up.js';
import { type CreditsService, createCreditsService } from '../credits/credits.js';
import { creditRoutes } from '../credits/routes.js';
import type { ServiceContext } from '../shared/context.js';
import type { SubscriptionService } from '../subscriptions/service.js';
import type { TaxService } from '../tax/service.js';
import type { TestClockService } from '../test-clocks/service.js';
import type { Job } from '../worker/worker.js';

export interface CreditsSlice {
  credits: CreditsService;
  alerts: AlertService;
  revenue: RevenueService;
  /** Credits first (they set credits_applied), then revenue (it books what credits did). */
  invoiceHooks: InvoiceHooks;
  routes: ReturnType<typeof creditRoutes>[];
  jobs: Job[];
  /**
   * The periodic work of this slice for one test clock's customers, at the clock's new time: grant
   * expiry, revenue recognition from the clock's old time up to the new one, and alerts. Run by
   * the test-clock advance after billing's actions; returns a summary for the advance's actions.
   */
  advanceClock(clockId: string, from: Date, to: Date): Promise<Record<string, number>>;
  /** Once billing exists: hooks into invoices and subscriptions, top-up invoices, usage pricing. */
  connectBilling(billing: {
    invoicing: InvoicingService;
    subscriptions: SubscriptionService;
    metering: MeteringService;
    tax: TaxService;
  }): void;
}

/** Builds credits, alerts and revenue recognition; app/compose.ts wires what this returns. */
export function createCreditsSlice(
  ctx: ServiceContext,
  deps: { account: AccountService; customers: CustomerService; testClocks: TestClockService },
): CreditsSlice {
  const graceSeconds = async () => (await deps.account.get()).grace_period_seconds;
  const timeZone = async () => (await deps.account.get()).time_zone;
  const credits = createCreditsService(ctx, { ...deps, graceSeconds });
  const alerts = createAlertService(ctx, { customers: deps.customers, credits });
  let inclusiveTax: InclusivePercents | undefined;
  const revenue = createRevenueService(ctx, {
    timeZone,
    nowFor: (customerId) => credits.grants.nowFor(customerId, ctx.db),
    usage: () => credits.usageSource(),
    inclusiveTax: () => inclusiveTax,
  });
  credits.setOnWrittenOff(async (trx, grant, amount, at) => {
    // A deleted customer's grant still expires: its breakage goes to the real books.
    const { test_clock } = await deps.customers
      .get(grant.customer_id, trx)
      .catch(() => ({ test_clock: null }));
    await bookBreakage(trx, {
      grantId: grant.id,
      customerId: grant.customer_id,
      testClock: test_clock,
      currency: grant.currency,
      category: grant.category,
      invoiceId: grant.invoice_id,
      // What the grant still defers (its invoice's net, less what consumption released), so an
      // inclusive-tax top-up's breakage is net of tax like its deferral; else what was written off.
      amount: grant.category === 'paid' ? ((await deferredLeftOf(trx, grant.id)) ?? amount) : amount,
      at,
    });
  });
  const c = credits.invoiceHooks;
  const r = revenue.invoiceHooks;
  const invoiceHooks: InvoiceHooks = {
    applyCredits: (trx, input) => (c.applyCredits as NonNullable<InvoiceHooks['applyCredits']>)(trx, input),
    customersWithCredits: (trx, ids) =>
      (c.customersWithCredits as NonNullable<InvoiceHooks['customersWithCredits']>)(trx, ids),
    onFinalized: async (trx, invoice, at) => r.onFinalized?.(trx, invoice, at),
    onFinalizedMany: async (trx, invoices) => r.onFinalizedMany?.(trx, invoices),
    onPayment: async (trx, invoice, payment, at) => r.onPayment?.(trx, invoice, payment, at),
    onPaid: async (trx, invoice, at) => {
      await c.onPaid?.(trx, invoice, at);
      await r.onPaid?.(trx, invoice, at);
    },
    onVoided: async (trx, invoice, at) => {
      await c.onVoided?.(trx, invoice, at);
      await r.onVoided?.(trx, invoice, at);
      // Credit given back to a grant that has expired since is written off again at once (credits),
      // while the reversal put what the invoice released back into deferred revenue (revenue):
      // that is breakage, booked at the void.
      for (const g of await expiredPaidConsumptionOf(trx, invoice.id))
        await bookBreakage(trx, {
          grantId: g.grantId,
          customerId: g.customerId,
          testClock: invoice.testClock,
          currency: g.currency,
          category: 'paid',
          invoiceId: g.soldOn,
          amount: g.deferred,
          at,
          voidedInvoiceId: invoice.id,
        });
    },
    onCreditNote: async (trx, input, at) => r.onCreditNote?.(trx, input, at),
    onMarkedUncollectible: async (trx, invoice, owed, at) =>
      r.onMarkedUncollectible?.(trx, invoice, owed, at),
  };
  const jobs: Job[] = [
    {
      name: 'expire-credit-grants',
      everyMs: 60_000,
      run: async (now) => ({ grants_expired: await credits.expireDue(now) }),
    },
    {
      name: 'recognize-revenue',
      everyMs: 300_000,
      run: async (now) => {
        const { usage, fees } = await revenue.recognizeDue(now);
        return { usage_entries_booked: usage, fee_entries_booked: fees };
      },
    },
    {
      name: 'evaluate-alerts',
      everyMs: 60_000,
      run: async (now) => ({ alerts_fired: await alerts.evaluateDue(now) }),
    },
    {
      name: 'automatic-top-ups',
      everyMs: 60_000,
      run: async (now) => ({ top_ups_created: await evaluateAutoTopUps(ctx, credits, now) }),
    },
  ];
  const routes = [
    creditRoutes(ctx, credits),
    alertRoutes(alerts),
    revenueRoutes({ db: ctx.db, customers: deps.customers, testClocks: deps.testClocks, timeZone }),
  ];
  function connectBilling(billing: {
    invoicing: InvoicingService;
    subscriptions: SubscriptionService;
    metering: MeteringService;
    tax: TaxService;
  }) {
    // Usage is booked as delivered net of the tax its inclusive price carries.
    inclusiveTax = async (executor, customerIds) => {
      const rates = await billing.tax.ratesForMany(executor, customerIds);
      const out = new Map<string, Decimal>();
      for (const [id, list] of rates) out.set(id, inclusivePercent(list));
      return out;
    };
    billing.invoicing.addHooks(invoiceHooks);
    billing.subscriptions.addHooks(credits.subscriptionHooks);
    credits.topUps.setInvoicing(billing.invoicing);
    credits.setUsageSource(planUsageSource({ ...billing, timeZone }));
    credits.setBillingPeriodEnd(async (subscriptionId, at) => {
      const sub = await billing.subscriptions.get(subscriptionId);
      return sliceAt(cadenceSchedule(sub, await timeZone()), new Date(at.getTime() - 1)).period.end;
    });
  }
  async function advanceClock(clockId: string, from: Date, to: Date) {
    const customerIds = await deps.customers.idsOnClock(clockId);
    const scope = { customerIds, at: to };
    const grantsExpired = await credits.expireDue(to, scope);
    const days = Math.ceil((to.getTime() - from.getTime()) / 86_400_000) + 2;
    const recognized = await revenue.recognizeDue(to, { since: from, maxDays: days }, scope);
    const alertsFired = await alerts.evaluateDue(to, scope);
    return {
      credit_grants_expired: grantsExpired,
      revenue_usage_booked: recognized.usage,
      revenue_fees_booked: recognized.fees,
      alerts_triggered: alertsFired,
    };
  }
  return { credits, alerts, revenue, invoiceHooks, routes, jobs, connectBilling, advanceClock };
}

/**
 * Removes a test clock's customers' credits, alerts and journal rows (the clock deletes the
 * customers), each slice its own tables. Chained after billing's handler at composition.
 */
export async function deleteCreditsOf(customerIds: string[], trx: Executor): Promise<void> {
  await deleteAlertsOf(customerIds, trx);
  await deleteCredits(customerIds, trx);
  await deleteRevenueOf(customerIds, trx);
}
