import type { StoreKind } from '../src/db/store.js';
import { billingBench } from './billing.js';
import { ingestBench } from './ingest.js';
import { meteringBench } from './metering.js';

/** One measured row of a section's table. */
export interface BenchRow {
  readonly store: StoreKind;
  readonly metric: string;
  readonly value: string;
  readonly note?: string;
}

export interface BenchOptions {
  /** Tiny sizes: checks that the section runs, measures nothing meaningful. */
  readonly quick: boolean;
  readonly stores: readonly StoreKind[];
  /** Admin URL of the PostgreSQL server (a fresh database is created per run). */
  readonly postgresUrl: string;
  log(message: string): void;
}

export interface BenchSection {
  readonly name: string;
  run(options: BenchOptions): Promise<BenchRow[]>;
}

/**
 * Every section `npm run bench` runs, in order. A slice adds its own file beside metering.ts
 * (e.g. `bench/billing.ts`) and one line here.
 */
export const sections: BenchSection[] = [meteringBench, ingestBench, billingBench];
