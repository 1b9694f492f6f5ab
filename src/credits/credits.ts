import type { Static } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import type { CustomerService } from '../customers/service.js';
import type { InvoiceForHooks, InvoiceHooks, SubscriptionHooks } from '../invoicing/hooks.js';
import type { ServiceContext } from '../shared/context.js';
import type { TestClockService } from '../test-clocks/service.js';
import { balanceJson, creditBalance } from './balance.js';
import { type BillingPeriodEnd, type ClockScope, expireDueGrants, type OnWrittenOff } from './expiry.js';
import { applyInvoiceCredits, restoreInvoiceCredits } from './invoice-credits.js';
import { creditTransactionJson } from './ledger.js';
import type { CreditTransactionListQuery } from './schemas.js';
import { createGrantService } from './service.js';
import { createTopUpService } from './top-ups.js';
import { noUsage, type UsageSource } from './usage-source.js';

export interface CreditsDeps {
  customers: CustomerService;
  testClocks: TestClockService;
  graceSeconds: () => Promise<number>;
}

/** The credits slice: grants, top-ups, the real-time balance, the ledger, and billing's hooks. */
export function createCreditsService(ctx: ServiceContext, deps: CreditsDeps) {
  const grants = createGrantService(ctx, deps);
  const topUps = createTopUpService(ctx, grants);
  let usage: UsageSource = noUsage;
  let billingPeriodEnd: BillingPeriodEnd | undefined;
  let onWrittenOff: OnWrittenOff | undefined;

  async function balance(customerRef: string) {
    const customer = await deps.customers.get(customerRef);
    const now = await deps.testClocks.nowFor(customer);
    const result = await creditBalance(ctx.db, usage, customer.id, now, (await deps.graceSeconds()) * 1000);
    return { object: 'credit_balance' as const, customer: customer.id, as_of: now.toISOString(), ...result };
  }

  const invoiceHooks: InvoiceHooks = {
    applyCredits: (trx, input) => applyInvoiceCredits(trx, input),
    async customersWithCredits(trx, customerIds) {
      const rows = await trx
        .selectFrom('credit_grants')
        .select('customer_id')
        .distinct()
        .where('customer_id', 'in', [...customerIds])
        .execute();
      return new Set(rows.map((r) => r.customer_id));
    },
    async onPaid(trx, invoice: InvoiceForHooks, at) {
      const grantId = invoice.metadata['credit_grant'];
      const topUpId = invoice.metadata['top_up'];
      if (grantId) await grants.activate(trx, grantId, at);
      if (topUpId)
        await trx
          .updateTable('top_ups')
          .set({ status: 'paid', updated_at: at })
          .where('id', '=', topUpId)
          .execute();
    },
    async onVoided(trx, invoice, at) {
      await restoreInvoiceCredits(trx, invoice.id, at);
      const topUpId = invoice.metadata['top_up'];
      if (!topUpId) return;
      await trx
        .updateTable('top_ups')
        .set({ status: 'failed', updated_at: at })
        .where('id', '=', topUpId)
        .execute();
      await trx
        .updateTable('credit_grants')
        .set({ status: 'voided', voided_at: at })
        .where('id', '=', invoice.metadata['credit_grant'] ?? '')
        .where('status', '=', 'pending')
        .execute();
    },
  };

  const subscriptionHooks: SubscriptionHooks = {
    async onServiceActionDue(trx, input) {
      await grants.grantForServiceAction(trx, input);
    },
    // A prepaid commitment is a top-up of paid credits for the subscription's term: invoiced up
    // front, effective once paid, burned by metered usage, unused at the term's end expires.
    async openPrepaidCommitment(input) {
      const topUp = await topUps.create(
        input.customerId,
        {
          amount: { currency: input.currency, value: input.amount },
          expires_at: input.termEnd.toISOString(),
          applicability: { scope: 'metered' },
        },
        false,
        { name: 'Prepaid commitment', metadata: { commitment_subscription: input.subscriptionId } },
      );
      return { grantId: topUp.grant_id, invoiceId: topUp.invoice_id };
    },
  };

  return {
    grants,
    topUps,
    balance,
    invoiceHooks,
    subscriptionHooks,
    setUsageSource(source: UsageSource) {
      usage = source;
    },
    setBillingPeriodEnd(resolver: BillingPeriodEnd) {
      billingPeriodEnd = resolver;
    },
    /** Revenue's breakage booking, called in the transaction that expires a grant. */
    setOnWrittenOff(hook: OnWrittenOff) {
      onWrittenOff = hook;
    },
    usageSource: () => usage,
    /** The numbers alerts and automatic top-ups compare with thresholds. */
    async available(customerId: string, currency: string, at?: Date): Promise<Decimal> {
      const now = at ?? (await grants.nowFor(customerId, ctx.db));
      const { balances } = await creditBalance(
        ctx.db,
        usage,
        customerId,
        now,
        (await deps.graceSeconds()) * 1000,
      );
      return balances.find((b) => b.currency === currency)?.available ?? new Decimal(0);
    },
    async transactions(customerRef: string, query: Static<typeof CreditTransactionListQuery>) {
      const customer = await deps.customers.get(customerRef);
      let q = ctx.db
        .selectFrom('credit_transactions')
        .selectAll()
        .where('customer_id', '=', customer.id)
        .orderBy('id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.grant) q = q.where('grant_id', '=', query.grant);
      const rows = await q.execute();
      return rows.map((r) => creditTransactionJson(r, formatAmount(new Decimal(r.amount), r.currency)));
    },
    expireDue: (now: Date, scope?: ClockScope) =>
      expireDueGrants(
        ctx,
        {
          grants,
          testClocks: deps.testClocks,
          graceSeconds: deps.graceSeconds,
          billingPeriodEnd,
          onWrittenOff,
        },
        now,
        scope,
      ),
    balanceJson,
  };
}

export type CreditsService = ReturnType<typeof createCreditsService>;
