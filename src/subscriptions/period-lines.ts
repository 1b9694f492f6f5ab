import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import { type InvoiceInputs, invoiceLines, type MeteredUsage } from '../core/billing/assemble.js';
import { feeSlices, licenseFeeLines } from '../core/billing/license-fees.js';
import type { LineDraft } from '../core/billing/line.js';
import { storedLineDraft, usageKey } from '../core/billing/line.js';
import { rateItemKey } from '../core/billing/matrix-rates.js';
import { sliceAt, slicesCompletedIn } from '../core/billing/periods.js';
import {
  mergeUsageParts,
  type PhasePart,
  type PhaseSpan,
  phaseSpans,
  splitByPhase,
} from '../core/billing/phases.js';
import type { Period } from '../core/time/period.js';
import type { Executor } from '../db/store.js';
import { billedUsageQuery, lateAdjustment } from '../invoicing/rerate.js';
import { type AggregateUsage, rateQuery, rateUsage, type UsageQuery } from '../metering/usage-query.js';
import { minimumBilled } from './minimum-billed.js';
import { directReads, type PeriodReads } from './period-reads.js';
import { baseOf, cadenceSchedule } from './schedule.js';
import type { SubscriptionRow } from './subscription.js';
import '../invoicing/tables.js';

/** The plan of every phase of the subscription, in time order (the current one last). */
async function planSpans(reads: PeriodReads, sub: SubscriptionRow): Promise<PhaseSpan<ResolvedPlan>[]> {
  const rows = await reads.phases(sub.id);
  const phases = rows.map((r, i) => ({
    effectiveAt: r.effective_at,
    plan: i === rows.length - 1 || !r.plan ? sub.plan : r.plan,
  }));
  return phaseSpans(phases.length > 0 ? phases : [{ effectiveAt: sub.billing_start, plan: sub.plan }]);
}

/** One usage question of a period end: the meter read for one rate over one interval. */
export interface UsageAsk {
  readonly rate: ResolvedPlan['rateCards'][number]['rates'][number];
  readonly interval: Period;
  readonly query: UsageQuery;
}

/**
 * The meter reads a period end makes: every service interval that completed inside `window`,
 * per metered billable item. A change of plan or quantity inside an interval never splits its
 * usage: the item's usage over the interval is one quantity, rated by the rate in force at the
 * interval end (or the last rate the item had, if a later plan dropped it), see
 * `mergeUsageParts`.
 */
export async function usageAsks(
  sub: SubscriptionRow,
  window: Period,
  zone: string,
  reads: PeriodReads,
): Promise<UsageAsk[]> {
  const parts: PhasePart<UsageAsk['rate']>[] = [];
  const base = baseOf(sub, zone);
  const spans = await planSpans(reads, sub);
  for (const span of spans) {
    for (const card of span.plan.rateCards) {
      const slices = slicesCompletedIn({ ...base, interval: card.serviceInterval }, window);
      for (const slice of slices) {
        for (const part of splitByPhase(slice.period, [span])) {
          for (const rate of card.rates) {
            if (!rate.billableItem.meterId) continue;
            parts.push({ itemId: rateItemKey(rate), slice: slice.period, part: part.period, rate });
          }
        }
      }
    }
  }
  return mergeUsageParts(parts).map(({ rate, window: interval }) => ({
    rate,
    interval,
    query: rateQuery(rate, sub.customer_id, interval),
  }));
}

const optional = <K extends string, V>(key: K, value: V | undefined) =>
  (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };

/** The usage of `usageAsks`, each read now. */
export async function meteredUsage(
  trx: Executor,
  aggregate: AggregateUsage,
  sub: SubscriptionRow,
  window: Period,
  zone: string,
  reads: PeriodReads = directReads(trx),
): Promise<MeteredUsage[]> {
  const out: MeteredUsage[] = [];
  for (const { rate, interval, query } of await usageAsks(sub, window, zone, reads)) {
    const key = usageKey(sub.id, rateItemKey(rate), interval);
    out.push({ key, rate, interval, ...(await rateUsage(aggregate, query, trx)) });
  }
  return out;
}

/** The usage lines of `usageAsks`, each rated now (the assembly's usage lines alone). */
export async function usageLines(...args: Parameters<typeof meteredUsage>): Promise<LineDraft[]> {
  const sub = args[2];
  const usage = await meteredUsage(...args);
  return invoiceLines({ currency: sub.currency, owner: sub.id, usage, fees: [] });
}

/** The period key of the invoice that closes `window` (period-end.ts). */
export const closingKey = (window: Period) => `cycle:${window.start.toISOString()}`;

/** What the invoice closing `window` is made from, and the waiting prorations it takes. */
export interface PeriodInputs {
  readonly inputs: InvoiceInputs;
  readonly pendingIds: readonly string[];
}

/**
 * The inputs of the invoice that closes `window` (core/billing/assemble.ts), read the same way
 * for the period end that writes it and for the upcoming invoice that shows it beforehand: usage
 * of every service interval completed in the window, late adjustments of intervals invoiced since
 * `lateSince`, license fees in advance for the next period of the subscription as it will be
 * after the period end (`after`: a change scheduled for that moment taken into account; null
 * when the subscription ends there), and the prorations waiting. `after` is asked once usage is
 * read: the period end writes the change it decides.
 */
export async function periodInputs(
  trx: Executor,
  aggregate: AggregateUsage,
  sub: SubscriptionRow,
  window: Period,
  zone: string,
  lateSince: Date,
  after: () => Promise<SubscriptionRow | null>,
  reads: PeriodReads = directReads(trx),
): Promise<PeriodInputs> {
  const usage = await meteredUsage(trx, aggregate, sub, window, zone, reads);
  const adjustments = await lateAdjustments(trx, aggregate, sub, lateSince, reads);
  const next = await after();
  const fees = next
    ? feeSlices(
        next.plan.licenseFees,
        next.quantities,
        baseOf(next, zone),
        sliceAt(cadenceSchedule(next, zone), window.end).period,
      )
    : [];
  const pending = await pendingItemLines(trx, sub.id, reads);
  return {
    inputs: {
      currency: sub.currency,
      owner: sub.id,
      usage,
      adjustments,
      fees,
      pending: pending.lines,
      ...optional('minimum', await minimumBilled(trx, sub, window, zone, closingKey(window))),
    },
    pendingIds: pending.ids,
  };
}

/**
 * Late events: every service interval already billed on a finalized invoice that could still
 * receive events (ended within the account's event window before this period) is re-read in
 * full; a difference becomes an `adjustment` line on this invoice.
 */
export async function lateAdjustments(
  trx: Executor,
  aggregate: AggregateUsage,
  sub: SubscriptionRow,
  since: Date,
  reads: PeriodReads = directReads(trx),
): Promise<LineDraft[]> {
  const rows = await reads.finalBilled(sub.id, since);
  const lines: LineDraft[] = [];
  for (const row of rows) {
    const line = lateAdjustment(row, await aggregate(billedUsageQuery(row), trx), sub.currency);
    if (line) lines.push(line);
  }
  return lines;
}

/** License fees in advance for the service intervals that start in `window`. */
export function advanceFeeLines(
  sub: SubscriptionRow,
  plan: ResolvedPlan,
  quantities: Record<string, string>,
  window: Period,
  zone: string,
): LineDraft[] {
  return licenseFeeLines(
    feeSlices(plan.licenseFees, quantities, baseOf(sub, zone), window),
    sub.currency,
    sub.id,
  );
}

/** Proration lines made with `create_prorations`, waiting for this invoice. */
export async function pendingItemLines(
  trx: Executor,
  subscriptionId: string,
  reads: PeriodReads = directReads(trx),
): Promise<{ ids: string[]; lines: LineDraft[] }> {
  const rows = await reads.pendingItems(subscriptionId);
  return {
    ids: rows.map((r) => r.id),
    lines: rows.map(storedLineDraft),
  };
}
