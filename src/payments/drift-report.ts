import type { Drift } from './reconcile.js';

/** `tariff stripe reconcile` output: one tab-separated line per drift, then a summary. */
export function driftReport(drift: readonly Drift[], repair: boolean): string {
  const lines = drift.map((d) =>
    [
      d.object,
      d.id,
      d.stripe_id ?? '-',
      d.problem,
      ...(repair ? [d.repaired ? 'repaired' : `NOT repaired: ${d.error ?? ''}`] : []),
    ].join('\t'),
  );
  const unrepaired = drift.filter((d) => !d.repaired).length;
  const summary =
    drift.length === 0
      ? 'Tariff and Stripe agree.'
      : repair
        ? `${drift.length - unrepaired} of ${drift.length} repaired.`
        : `${drift.length} difference(s); run with --repair to push Tariff's state again.`;
  return [...lines, summary, ''].join('\n');
}

/** The exit status: 0 when nothing is left to fix. */
export function driftExitCode(drift: readonly Drift[]): number {
  return drift.some((d) => !d.repaired) ? 1 : 0;
}
