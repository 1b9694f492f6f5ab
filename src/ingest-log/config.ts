import { randomBytes } from 'node:crypto';

/** How the ingest log is reached and laid out; the same in `tariff serve` and every worker. */
export interface IngestLogConfig {
  readonly natsUrl: string;
  /** Number of partitions (streams). Changing it moves customers between partitions: drain first. */
  readonly partitions: number;
  /** Stream names are `<prefix>_<n>`, subjects `<prefix>.<n>` in lower case. */
  readonly prefix: string;
  /** JetStream's duplicate window for `Nats-Msg-Id`: how long a client retry is dropped. */
  readonly duplicateWindowMs: number;
  /** How long a fetched message may stay unacknowledged before JetStream redelivers it. */
  readonly ackWaitMs: number;
  /** How long a partition lease lasts without renewal (a killed worker's partitions move after it). */
  readonly leaseMs: number;
  /** How long a read waits for the log to be applied before it answers `service_unavailable`. */
  readonly readWaitMs: number;
  /**
   * `TARIFF_INGEST_APPLY=inprocess`: the API process also applies the log (one machine, or the
   * metering suite run in log mode). Default: only `tariff ingest-worker` processes apply it.
   */
  readonly applyInProcess: boolean;
}

const int = (raw: string | undefined, fallback: number, name: string): number => {
  if (raw === undefined || raw === '') return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n <= 0) throw new Error(`${name} must be a positive integer, got '${raw}'`);
  return n;
};

/** `TARIFF_INGEST=jetstream` turns the log on; anything else (default `direct`) leaves it off. */
export function ingestLogConfigFromEnv(env: NodeJS.ProcessEnv = process.env): IngestLogConfig | undefined {
  const mode = env.TARIFF_INGEST ?? 'direct';
  if (mode === 'direct') return undefined;
  if (mode !== 'jetstream') throw new Error(`TARIFF_INGEST must be 'direct' or 'jetstream', got '${mode}'`);
  return {
    natsUrl: env.NATS_URL ?? 'nats://127.0.0.1:4222',
    partitions: int(env.TARIFF_INGEST_PARTITIONS, 16, 'TARIFF_INGEST_PARTITIONS'),
    // A trailing `*` gives every opening streams of its own: only for tests that build several
    // Tariffs (each applying in-process) in one process.
    prefix: (env.TARIFF_INGEST_STREAM ?? 'TARIFF_EVENTS').replace(/\*$/, () =>
      randomBytes(3).toString('hex').toUpperCase(),
    ),
    duplicateWindowMs: int(
      env.TARIFF_INGEST_DUPLICATE_WINDOW_MS,
      10 * 60_000,
      'TARIFF_INGEST_DUPLICATE_WINDOW_MS',
    ),
    ackWaitMs: int(env.TARIFF_INGEST_ACK_WAIT_MS, 10_000, 'TARIFF_INGEST_ACK_WAIT_MS'),
    leaseMs: int(env.TARIFF_INGEST_LEASE_MS, 5_000, 'TARIFF_INGEST_LEASE_MS'),
    readWaitMs: int(env.TARIFF_INGEST_READ_WAIT_MS, 5_000, 'TARIFF_INGEST_READ_WAIT_MS'),
    applyInProcess: env.TARIFF_INGEST_APPLY === 'inprocess',
  };
}
