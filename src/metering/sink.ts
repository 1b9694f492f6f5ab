import type { BatchResult, IngestOptions } from './ingest.js';

/**
 * The metering event sink: the port every ingestion path writes through. Implementations today:
 * the direct PostgreSQL path (`sink-direct.ts`: one statement per batch) and group commit
 * (`sink-group-commit.ts`: concurrent batches share one statement and one commit); a log-backed
 * sink (JetStream) implements the same contract. `sink-conformance.ts` is the one suite every
 * implementation passes, on both stores.
 *
 * The contract, per event of `events` (raw, unvalidated JSON, as the API received it):
 * - `results[i]` answers `events[i]` (`index: i`), exactly once, in order;
 * - `accepted`: durable when `accept` resolves (an acknowledged event is counted exactly once,
 *   by `aggregate` after the next fold at the latest);
 * - `duplicate`: the same meter and identifier was accepted before (ever, or earlier in this
 *   batch); nothing changes;
 * - `rejected`: with the error code the event would get alone (`meter_not_found`,
 *   `customer_not_found`, `timestamp_out_of_range`, …); nothing is stored.
 * The counts in `BatchResult` are the counts of the statuses. A sink never throws for a bad
 * event, only for a failure of the sink itself (then nothing in the call was acknowledged).
 */
export interface EventSink {
  /** For logs, metrics and test names: `direct`, `group-commit`, `jetstream`. */
  readonly name: string;
  accept(events: readonly unknown[], options?: IngestOptions): Promise<BatchResult>;
}
