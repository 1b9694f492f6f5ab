import { Decimal } from '../../../../src/core/money/decimal.js';
import { formatAmount, roundAmount } from '../../../../src/core/money/money.js';
import type { Subscription } from '../../api/types.js';
import type { PlanFee } from '../subscriptions/proration.js';

const LIVE = new Set(['active', 'trialing', 'past_due']);
const DAY_MS = 86_400_000;

/** A fee's service interval. */
export interface FeeInterval {
  interval: string;
  count: number;
}

/** Months in one service interval: a yearly fee is 1/12 of its price a month. */
function monthsIn(i: FeeInterval): Decimal {
  const per: Record<string, Decimal> = {
    day: new Decimal(12).dividedBy(365),
    week: new Decimal(12).dividedBy(52),
    month: new Decimal(1),
    year: new Decimal(12),
  };
  return (per[i.interval] ?? new Decimal(1)).times(i.count);
}

export interface RecurringRevenue {
  currency: string;
  /** Monthly recurring revenue, rounded once to the currency's minor unit. */
  mrr: string;
  arr: string;
  subscriptions: number;
  byPlan: { plan: string; mrr: string; subscriptions: number }[];
}

/**
 * MRR from license fees: for every live subscription (active, trialing, past due), each fee's
 * unit price × the subscription's quantity, brought to a month by the fee's interval. Usage is
 * not recurring and is left out (see usage and revenue). Per currency, never added across
 * currencies; exact decimals, rounded once at the end.
 */
export function recurringRevenue(
  subscriptions: Subscription[],
  feesOf: (sub: Subscription) => PlanFee[] | undefined,
  intervalOf: (feeId: string) => FeeInterval | undefined,
): RecurringRevenue[] {
  const byCurrency = new Map<
    string,
    { total: Decimal; subs: number; plans: Map<string, { mrr: Decimal; subs: number }> }
  >();
  for (const sub of subscriptions) {
    if (!LIVE.has(sub.status) || !sub.currency) continue;
    let monthly = new Decimal(0);
    for (const fee of feesOf(sub) ?? []) {
      const quantity = new Decimal(sub.component_configurations?.[fee.id]?.quantity ?? '1');
      const months = monthsIn(intervalOf(fee.id) ?? { interval: 'month', count: 1 });
      monthly = monthly.plus(new Decimal(fee.unitAmount).times(quantity).dividedBy(months));
    }
    const entry = byCurrency.get(sub.currency) ?? { total: new Decimal(0), subs: 0, plans: new Map() };
    entry.total = entry.total.plus(monthly);
    entry.subs += 1;
    const plan = entry.plans.get(sub.pricing_plan) ?? { mrr: new Decimal(0), subs: 0 };
    entry.plans.set(sub.pricing_plan, { mrr: plan.mrr.plus(monthly), subs: plan.subs + 1 });
    byCurrency.set(sub.currency, entry);
  }
  const money = (v: Decimal, c: string) => formatAmount(roundAmount(v, c), c);
  return [...byCurrency.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, e]) => ({
      currency,
      mrr: money(e.total, currency),
      arr: money(e.total.times(12), currency),
      subscriptions: e.subs,
      byPlan: [...e.plans.entries()]
        .map(([plan, p]) => ({ plan, mrr: money(p.mrr, currency), subscriptions: p.subs }))
        .sort((a, b) => new Decimal(b.mrr).comparedTo(new Decimal(a.mrr))),
    }));
}

export interface Churn {
  /** Subscriptions live at the window's start. */
  atStart: number;
  /** Of those, canceled within the window. */
  canceled: number;
  /** canceled / atStart as a percentage with one decimal ("4.2"), or null with none at start. */
  rate: string | null;
}

/**
 * Subscription churn over the `days` before `now`: of the subscriptions that had started and were
 * not canceled at the window's start, the share canceled since.
 */
export function churn(subscriptions: Subscription[], now: Date, days: number): Churn {
  const start = now.getTime() - days * DAY_MS;
  const began = (s: Subscription) => Date.parse(s.start_date ?? s.current_period_start ?? '') <= start;
  const endedAt = (s: Subscription) => (s.canceled_at ? Date.parse(s.canceled_at) : null);
  const atStart = subscriptions.filter((s) => {
    const ended = endedAt(s);
    return began(s) && (ended === null || ended > start);
  });
  const canceled = atStart.filter((s) => {
    const ended = endedAt(s);
    return ended !== null && ended <= now.getTime();
  }).length;
  const rate =
    atStart.length === 0
      ? null
      : new Decimal(canceled).times(100).dividedBy(atStart.length).toFixed(1, Decimal.ROUND_HALF_UP);
  return { atStart: atStart.length, canceled, rate };
}
