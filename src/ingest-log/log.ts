import {
  AckPolicy,
  DeliverPolicy,
  type JetStreamClient,
  type JetStreamManager,
  jetstream,
  jetstreamManager,
  RetentionPolicy,
  StorageType,
} from '@nats-io/jetstream';
import { connect, type NatsConnection, nanos } from '@nats-io/transport-node';
import type { IngestLogConfig } from './config.js';
import { allPartitions, CONSUMER, streamName, subjectOf } from './partition.js';

/** A connection to the ingest log: one JetStream stream and one durable consumer per partition. */
export interface IngestLog {
  readonly config: IngestLogConfig;
  readonly nc: NatsConnection;
  readonly js: JetStreamClient;
  readonly jsm: JetStreamManager;
  /** The last sequence stored in each partition's stream (0 when empty), by partition. */
  lastSequences(partitions: readonly number[]): Promise<Map<number, number>>;
  close(): Promise<void>;
}

async function ensureStream(jsm: JetStreamManager, config: IngestLogConfig, partition: number) {
  const name = streamName(config.prefix, partition);
  const stream = {
    name,
    subjects: [subjectOf(config.prefix, partition)],
    storage: StorageType.File,
    // Limits, not work queue: a message stays after its ack, so a lost apply can be replayed from
    // the checkpoint; the operator sets max_age/max_bytes for how long the log is kept.
    retention: RetentionPolicy.Limits,
    duplicate_window: nanos(config.duplicateWindowMs),
  };
  try {
    await jsm.streams.info(name);
    await jsm.streams.update(name, { duplicate_window: stream.duplicate_window });
  } catch {
    await jsm.streams.add(stream).catch(async (e) => {
      // Another process created it between our look and our add.
      await jsm.streams.info(name).catch(() => {
        throw e;
      });
    });
  }
  const consumer = { ack_wait: nanos(config.ackWaitMs), max_ack_pending: 10_000 };
  await jsm.consumers
    .add(name, {
      durable_name: CONSUMER,
      ack_policy: AckPolicy.Explicit,
      deliver_policy: DeliverPolicy.All,
      ...consumer,
    })
    // It exists with another ack wait: keep its position, take the new setting.
    .catch(() => jsm.consumers.update(name, CONSUMER, consumer));
}

/** Connects and makes sure every partition's stream and consumer exist (idempotent). */
export async function openIngestLog(config: IngestLogConfig, name = 'tariff'): Promise<IngestLog> {
  const nc = await connect({
    servers: config.natsUrl,
    name,
    maxReconnectAttempts: -1,
    reconnectTimeWait: 250,
  });
  try {
    const jsm = await jetstreamManager(nc);
    for (const p of allPartitions(config.partitions)) await ensureStream(jsm, config, p);
    const js = jetstream(nc);
    return {
      config,
      nc,
      js,
      jsm,
      async lastSequences(partitions) {
        const infos = await Promise.all(
          partitions.map(
            async (p) => [p, (await jsm.streams.info(streamName(config.prefix, p))).state.last_seq] as const,
          ),
        );
        return new Map(infos);
      },
      close: () => nc.close(),
    };
  } catch (e) {
    await nc.close();
    throw e;
  }
}
