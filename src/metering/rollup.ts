import type { Decimal } from '../core/money/decimal.js';

/** One accepted event, as ingestion stores it. */
export interface RollupEvent {
  readonly meterId: string;
  readonly customerId: string;
  readonly identifier: string;
  readonly ts: Date;
  readonly value: Decimal;
  readonly distinctValue: string | null;
  readonly dimKey: string;
  readonly dimensions: Readonly<Record<string, string>>;
}

const HOUR_MS = 3_600_000;

/** The UTC hour an instant falls in: the rollup grain (the fold groups by the same hour in SQL). */
export function hourOf(at: Date): Date {
  return new Date(Math.floor(at.getTime() / HOUR_MS) * HOUR_MS);
}
