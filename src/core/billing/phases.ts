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
