import { burnDown, type Charge } from '../core/credits/burn-down.js';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import { amountJson, type GrantRow, grantJson, isUsableAt, toGrantBalance } from './grant.js';
import { remainingByGrant } from './ledger.js';
import type { DeliveredUsage, UsageSource } from './usage-source.js';

const intervalKey = (u: DeliveredUsage) =>
  `${u.subscriptionId}:${u.billableItemId}:${u.periodStart.toISOString()}`;

/**
 * Usage so far, events at `now` included: `delivered(asOf)` counts events before `asOf`, so it is
 * asked one millisecond later too (an event sent at a test clock's frozen time has exactly that
 * timestamp). At a period boundary the two reads pick different intervals; both count, since the
 * ended one is not consumed on an invoice yet at that instant.
 */
async function usageSoFar(
  usage: UsageSource,
  customerId: string,
  now: Date,
  graceMs: number,
  executor: Executor,
) {
  const before = await usage.delivered(customerId, now, executor);
  const through = await usage.delivered(customerId, new Date(now.getTime() + 1), executor);
  const byInterval = new Map(before.map((u) => [intervalKey(u), u]));
  for (const u of through) byInterval.set(intervalKey(u), u);
  if (graceMs > 0) {
    // An interval that ended less than a grace period ago is billed on a draft that consumes
    // credits only when it is finalized: until the ledger shows its consumption, it still counts.
    const probe = await usage.delivered(customerId, new Date(now.getTime() - graceMs), executor);
    const ends = new Set(
      probe
        .filter((u) => !byInterval.has(intervalKey(u)) && u.periodEnd.getTime() <= now.getTime())
        .map((u) => u.periodEnd.getTime()),
    );
    // Read again as of each interval's end: the probe counts only the usage before its instant.
    const ended: DeliveredUsage[] = [];
    for (const end of ends)
      for (const u of await usage.delivered(customerId, new Date(end), executor))
        if (u.periodEnd.getTime() === end && !byInterval.has(intervalKey(u))) ended.push(u);
    const consumed = await consumedIntervals(executor, customerId, ended);
    for (const u of ended) if (!consumed.has(consumedKey(u))) byInterval.set(intervalKey(u), u);
  }
  return [...byInterval.values()];
}

const consumedKey = (u: { billableItemId: string | null; periodStart: Date }) =>
  `${u.billableItemId}:${u.periodStart.toISOString()}`;

/** The (billable item, interval start) pairs of `ended` that an invoice has consumed credits for. */
async function consumedIntervals(
  executor: Executor,
  customerId: string,
  ended: readonly DeliveredUsage[],
): Promise<Set<string>> {
  if (ended.length === 0) return new Set();
  const rows = await executor
    .selectFrom('credit_transactions')
    .select(['billable_item_id', 'period_start'])
    .where('customer_id', '=', customerId)
    .where('type', '=', 'consumed')
    .where(
      'period_start',
      'in',
      ended.map((u) => u.periodStart),
    )
    .execute();
  return new Set(
    rows.flatMap((r) =>
      r.period_start
        ? [consumedKey({ billableItemId: r.billable_item_id, periodStart: r.period_start })]
        : [],
    ),
  );
}

export interface CurrencyBalance {
  currency: string;
  granted: Decimal;
  consumed: Decimal;
  available: Decimal;
}

/**
 * The real-time balance: grants usable now, less what invoices consumed (the ledger), less the
 * usage already recorded in open service intervals (events at `now` included) and in intervals
 * that ended within `graceMs` whose invoice has not consumed credits yet, burned down in grant
 * order as an invoice would. Grants not yet effective, expired or voided do not count.
 */
export async function creditBalance(
  executor: Executor,
  usage: UsageSource,
  customerId: string,
  now: Date,
  graceMs = 0,
) {
  const rows = await executor
    .selectFrom('credit_grants')
    .selectAll()
    .where('customer_id', '=', customerId)
    .where('status', 'in', ['active', 'pending'])
    .orderBy('id')
    .execute();
  const ledger = await remainingByGrant(
    executor,
    rows.map((r) => r.id),
  );
  const usable = rows.filter((r) => isUsableAt(r, now));
  const delivered = await usageSoFar(usage, customerId, now, graceMs, executor);
  const currencies = [...new Set(usable.map((r) => r.currency))].sort();
  const afterUsage = new Map<string, Decimal>();
  const balances: CurrencyBalance[] = [];
  for (const currency of currencies) {
    const grants = usable.filter((r) => r.currency === currency);
    const charges: Charge[] = delivered
      .filter((u) => u.currency === currency)
      .map((u) => ({
        key: intervalKey(u),
        billableItemId: u.billableItemId,
        metered: true,
        amount: u.amount,
      }));
    const { remaining } = burnDown(
      grants.map((g) => toGrantBalance(g, ledger.get(g.id) as Decimal)),
      charges,
    );
    let granted = new Decimal(0);
    let available = new Decimal(0);
    for (const g of grants) {
      const left = remaining.get(g.id) as Decimal;
      afterUsage.set(g.id, left);
      granted = granted.plus(g.amount);
      available = available.plus(left);
    }
    balances.push({ currency, granted, available, consumed: granted.minus(available) });
  }
  return {
    balances,
    grants: rows.map((r: GrantRow) => ({
      ...grantJson(r, ledger.get(r.id) as Decimal, now),
      available: amountJson(afterUsage.get(r.id) ?? new Decimal(0), r.currency),
    })),
  };
}

export function balanceJson(b: CurrencyBalance) {
  return {
    currency: b.currency,
    available: amountJson(b.available, b.currency).value,
    granted: amountJson(b.granted, b.currency).value,
    consumed: amountJson(b.consumed, b.currency).value,
  };
}
