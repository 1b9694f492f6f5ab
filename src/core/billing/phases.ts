import type { Period } from '../time/period.js';

/** A stretch of time a subscription spent on one plan: from `from` (inclusive) to `to`. */
export interface PhaseSpan<P> {
  readonly from: Date | null;
  readonly to: Date | null;
  readonly plan: P;
}

/**
 * The spans between consecutive phase starts: the first is open at its start (nothing is billed
 * before the billing start anyway), the last open at its end.
 */
export function phaseSpans<P>(phases: readonly { effectiveAt: Date; plan: P }[]): PhaseSpan<P>[] {
  return phases.map((p, i) => ({
    from: i === 0 ? null : p.effectiveAt,
    to: phases[i + 1]?.effectiveAt ?? null,
    plan: p.plan,
  }));
}

/** The part of `interval` each span covers, in time order; spans that miss it are left out. */
export function splitByPhase<P>(
  interval: Period,
  spans: readonly PhaseSpan<P>[],
): { period: Period; plan: P }[] {
  const out: { period: Period; plan: P }[] = [];
  for (const span of spans) {
    const start = span.from && span.from > interval.start ? span.from : interval.start;
    const end = span.to && span.to < interval.end ? span.to : interval.end;
    if (start.getTime() < end.getTime()) out.push({ period: { start, end }, plan: span.plan });
  }
  return out;
}

/** One metered rate of one phase, over the part of a service interval that phase covers. */
export interface PhasePart<R> {
  readonly itemId: string;
  /** The whole service interval (clipped to the subscription's life). */
  readonly slice: Period;
  /** The part of it the phase covers. */
  readonly part: Period;
  readonly rate: R;
}

/** One billable item's usage in one service interval: one window, one quantity, one rate. */
export interface UsageWindow<R> {
  readonly itemId: string;
  readonly window: Period;
  readonly rate: R;
}

/**
 * Usage of a service interval is ONE quantity per billable item, whatever happened in between:
 * the parts of every phase that priced the item in that interval are merged into one window
 * (from the first moment the item was on the subscription to the last), rated by the rate of the
 * last of them (the one in force at the interval end). So a quantity change, or a plan change,
 * never restarts tiers or counts a `max` twice, and changing plans back and forth gains no free
 * tier. `parts` come in time order (phase by phase); the output keeps first-appearance order.
 */
export function mergeUsageParts<R>(parts: readonly PhasePart<R>[]): UsageWindow<R>[] {
  const groups = new Map<string, { itemId: string; start: Date; end: Date; rate: R }>();
  for (const p of parts) {
    const key = `${p.itemId}|${p.slice.start.toISOString()}|${p.slice.end.toISOString()}`;
    const g = groups.get(key);
    if (!g) {
      groups.set(key, { itemId: p.itemId, start: p.part.start, end: p.part.end, rate: p.rate });
      continue;
    }
    if (p.part.start < g.start) g.start = p.part.start;
    if (p.part.end >= g.end) {
      g.end = p.part.end;
      g.rate = p.rate;
    }
  }
  return [...groups.values()].map((g) => ({
    itemId: g.itemId,
    window: { start: g.start, end: g.end },
    rate: g.rate,
  }));
}
