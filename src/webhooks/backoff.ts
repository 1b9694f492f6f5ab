/**
 * When a failed delivery is tried again: exponential backoff from one minute, doubling per
 * failed attempt and capped at six hours, until the delivery's `retry_until` (3 days after it was
 * created). That is 1m, 2m, 4m … 4h16m, then every 6h: about 20 attempts in 3 days.
 */
export const FIRST_RETRY_MS = 60_000;
export const MAX_RETRY_DELAY_MS = 6 * 3_600_000;
export const RETRY_WINDOW_MS = 3 * 24 * 3_600_000;

/** The delay after the `attempts`-th failed attempt (1-based). */
export function retryDelayMs(attempts: number): number {
  if (attempts < 1) return 0;
  // 2^19 minutes is far above the cap; stop doubling before the number grows without bound.
  const exponent = Math.min(attempts - 1, 20);
  return Math.min(FIRST_RETRY_MS * 2 ** exponent, MAX_RETRY_DELAY_MS);
}

/** The next attempt after a failure at `failedAt`, or null when the retry window is over. */
export function nextAttemptAfterFailure(attempts: number, failedAt: Date, retryUntil: Date): Date | null {
  const next = new Date(failedAt.getTime() + retryDelayMs(attempts));
  return next.getTime() > retryUntil.getTime() ? null : next;
}

/** A receiver "succeeded" when it answered 2xx; anything else (or no answer) is retried. */
export function isSuccessStatus(status: number | null): boolean {
  return status !== null && status >= 200 && status < 300;
}
