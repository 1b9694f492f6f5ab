import { dayFromDue, overdueAt } from './payment-terms.js';

/** What happens to an invoice still unpaid after the last collection attempt. */
export type FinalAction = 'leave_past_due' | 'cancel_subscription' | 'mark_uncollectible';

/**
 * An account's collection schedule, in calendar days relative to the invoice's due day:
 * `reminders_days` -3 is a reminder three days before it, 0 on it, 7 a week after;
 * `retries_days` are automatic collection attempts after the due day (1 = the day after);
 * after the last retry (or, without retries, when the invoice becomes overdue) `final_action` runs.
 */
export interface DunningPolicy {
  readonly reminders_days: readonly number[];
  readonly retries_days: readonly number[];
  readonly final_action: FinalAction;
}

export const DEFAULT_DUNNING: DunningPolicy = {
  reminders_days: [-3, 0, 7],
  retries_days: [],
  final_action: 'leave_past_due',
};

export type StepKind = 'reminder' | 'overdue' | 'retry' | 'final';

/**
 * One step of an invoice's schedule. `key` is unique within the invoice and stable across
 * policy changes of unrelated steps (`reminder:-3`, `retry:1`, `overdue`, `final`), so a step
 * recorded once is never taken again.
 */
export interface DunningStep {
  readonly key: string;
  readonly kind: StepKind;
  readonly at: Date;
  /** Days from the due day (overdue and final: the day they fall on). */
  readonly day: number;
}

// Steps falling on the same instant run in this order: a reminder, then the overdue notice, then
// a retry that may still collect, and the final action only after that retry failed.
const ORDER: Record<StepKind, number> = { reminder: 0, overdue: 1, retry: 2, final: 3 };

/**
 * Every step of an invoice due on `due`, in the order they run. Steps act only while the invoice
 * is open with something left to pay, so a reminder after the final action goes out only when
 * the invoice is still owed (`leave_past_due`, `cancel_subscription`).
 */
export function dunningSteps(due: Date, policy: DunningPolicy, zone: string): DunningStep[] {
  const retries = [...new Set(policy.retries_days)].filter((d) => d >= 1).sort((a, b) => a - b);
  const lastRetry = retries.at(-1);
  const finalDay = lastRetry ?? 1;
  const steps: DunningStep[] = [
    ...[...new Set(policy.reminders_days)].map((d) => ({
      key: `reminder:${d}`,
      kind: 'reminder' as const,
      at: dayFromDue(due, d, zone),
      day: d,
    })),
    { key: 'overdue', kind: 'overdue', at: overdueAt(due, zone), day: 1 },
    ...retries.map((d) => ({
      key: `retry:${d}`,
      kind: 'retry' as const,
      at: dayFromDue(due, d, zone),
      day: d,
    })),
    { key: 'final', kind: 'final', at: dayFromDue(due, finalDay, zone), day: finalDay },
  ];
  return steps.sort((a, b) => a.at.getTime() - b.at.getTime() || ORDER[a.kind] - ORDER[b.kind]);
}

/** The steps due at or before `now` that have not been taken (`done` holds the keys taken). */
export function stepsDue(steps: readonly DunningStep[], done: ReadonlySet<string>, now: Date): DunningStep[] {
  return steps.filter((s) => !done.has(s.key) && s.at.getTime() <= now.getTime());
}
