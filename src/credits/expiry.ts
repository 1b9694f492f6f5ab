import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import type { TestClockService } from '../test-clocks/service.js';
import { emitEvent } from '../webhooks/emit.js';
import { type GrantRow, grantJson } from './grant.js';
import { remainingByGrant, writeLedger } from './ledger.js';
import type { GrantService } from './service.js';
import '../test-clocks/tables.js';

/**
 * When a subscription bills the usage of the moment just before `at`: the end of the billing
 * period containing it. Provided by billing at composition.
 */
export type BillingPeriodEnd = (subscriptionId: string, at: Date) => Promise<Date | undefined>;

/**
 * Told, in the expiring transaction, what was written off a grant (revenue books breakage of paid
 * credits). Provided at composition.
 */
export type OnWrittenOff = (trx: Executor, grant: GrantRow, amount: Decimal, at: Date) => Promise<void>;

/**
 * A test clock's customers at the time the clock is moving to: periodic work run for them alone
 * while their clock advances (before the clock's new time is stored, so it is passed here).
 */
export interface ClockScope {
  readonly customerIds: readonly string[];
  readonly at: Date;
}

/**
 * Expires grants whose `expires_at` has passed, writing off what is left. The write-off waits
 * until the invoice that bills the grant's last usage can have consumed it: the account's grace
 * period (the time a draft invoice waits for late events) after `expires_at`, or, for a grant from
 * a service action, after the end of the billing period that bills its interval (a weekly grant
 * on a monthly cadence pays for the month's invoice). Customers on a test clock expire by their
 * clock's time. Safe with several workers: each grant is claimed with SKIP LOCKED.
 */
export async function expireDueGrants(
  ctx: ServiceContext,
  deps: {
    grants: GrantService;
    testClocks: TestClockService;
    graceSeconds: () => Promise<number>;
    billingPeriodEnd: BillingPeriodEnd | undefined;
    onWrittenOff?: OnWrittenOff | undefined;
  },
  now: Date,
  scope?: ClockScope,
): Promise<number> {
  if (scope?.customerIds.length === 0) return 0;
  const grace = (await deps.graceSeconds()) * 1000;
  const clocks = scope ? [] : await deps.testClocks.list();
  const latest = Math.max(
    scope?.at.getTime() ?? now.getTime(),
    ...clocks.map((c) => c.frozen_time.getTime()),
  );
  let q = ctx.db
    .selectFrom('credit_grants')
    .select(['id', 'customer_id', 'expires_at', 'subscription_id'])
    .where('status', '=', 'active')
    .where('expires_at', 'is not', null)
    .where('expires_at', '<=', new Date(latest - grace))
    .orderBy('expires_at')
    .limit(500);
  if (scope) q = q.where('customer_id', 'in', scope.customerIds);
  const candidates = await q.execute();
  const nowByCustomer = new Map<string, Date>(scope?.customerIds.map((id) => [id, scope.at]));
  let expired = 0;
  for (const c of candidates) {
    let customerNow = nowByCustomer.get(c.customer_id);
    if (!customerNow) {
      customerNow = await deps.grants.nowFor(c.customer_id, ctx.db).catch(() => now);
      nowByCustomer.set(c.customer_id, customerNow);
    }
    const expiresAt = c.expires_at as Date;
    const billedAt =
      c.subscription_id && deps.billingPeriodEnd
        ? await deps.billingPeriodEnd(c.subscription_id, expiresAt).catch(() => undefined)
        : undefined;
    const writeOffAt = Math.max(expiresAt.getTime(), billedAt?.getTime() ?? 0) + grace;
    if (writeOffAt > customerNow.getTime()) continue;
    const at = customerNow;
    const done = await ctx.db.transaction().execute(async (trx) => {
      const row = await trx
        .selectFrom('credit_grants')
        .selectAll()
        .where('id', '=', c.id)
        .where('status', '=', 'active')
        .forUpdate()
        .skipLocked()
        .executeTakeFirst();
      if (!row) return false;
      const left = (await remainingByGrant(trx, [row.id])).get(row.id) as Decimal;
      if (left.gt(0)) {
        await writeLedger(trx, [
          {
            grantId: row.id,
            customerId: row.customer_id,
            currency: row.currency,
            type: 'expired',
            amount: left.negated(),
            occurredAt: row.expires_at as Date,
          },
        ]);
        await deps.onWrittenOff?.(trx, row, left, row.expires_at as Date);
      }
      const updated = await trx
        .updateTable('credit_grants')
        .set({ status: 'expired', expired_at: at })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await emitEvent(trx, 'credit_grant.expired', grantJson(updated, new Decimal(0), at) as never, at);
      return true;
    });
    if (done) expired += 1;
  }
  return expired;
}
