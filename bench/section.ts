import type { StoreKind } from '../src/db/store.js';

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
