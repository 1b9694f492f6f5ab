import type { NewEvent, Refusal } from '../metering/rollup-store.js';
import type { IngestLog } from './log.js';
import { encodeMessage, messageId } from './message.js';
import { partitionOf, subjectOf } from './partition.js';

/**
 * Publishes validated events: one message per partition they fall in (split when too large), in parallel, and resolves
 * only when JetStream has acknowledged every one (PubAck: stored on the stream, replicated when
 * the stream has replicas). If one publish fails the call throws and the client is not told
 * `accepted`; its retry publishes the same message ids, so the partitions that did store their
 * message drop the copy.
 *
 * Refusals (a duplicate of an event stored earlier, a meter deactivated meanwhile) are known only
 * when a worker applies the message: they are recorded there (ingest_log_refusals), so this
 * answers none.
 */
export function createPublisher(
  log: IngestLog,
  /**
   * Called with each message's partition and stream sequence once JetStream has acknowledged them
   * all, before the caller is answered: the PGlite server waits there for its own applier
   * (setup.ts), so that an acknowledged event is an applied one.
   */
  afterAck?: (acks: readonly { partition: number; seq: number }[]) => Promise<void>,
) {
  const { partitions, prefix } = log.config;
  return async function publish(events: readonly NewEvent[], arrivedAt: Date): Promise<Map<string, Refusal>> {
    const byPartition = new Map<number, NewEvent[]>();
    for (const e of events) {
      const p = partitionOf(e.customerId, partitions);
      const list = byPartition.get(p);
      if (list) list.push(e);
      else byPartition.set(p, [e]);
    }
    // A message must fit the server's max_payload (1 MB by default; a 5,000-event backfill of
    // one customer does not): halve the partition's list until each half fits. The split depends
    // only on the events, so a retry publishes the same messages under the same ids.
    const budget = (log.nc.info?.max_payload ?? 1024 * 1024) - HEADROOM;
    const messages: { p: number; list: readonly NewEvent[]; data: Uint8Array }[] = [];
    const add = (p: number, list: readonly NewEvent[]) => {
      const data = encodeMessage({ arrivedAt, events: list });
      if (data.length <= budget || list.length === 1) {
        messages.push({ p, list, data });
        return;
      }
      const half = Math.ceil(list.length / 2);
      add(p, list.slice(0, half));
      add(p, list.slice(half));
    };
    for (const [p, list] of byPartition) add(p, list);
    const acks = await Promise.all(
      messages.map(async ({ p, list, data }) => {
        const ack = await publishAgainOnTimeout(() =>
          log.js.publish(subjectOf(prefix, p), data, { msgID: messageId(p, list), timeout: 10_000 }),
        );
        return { partition: p, seq: ack.seq };
      }),
    );
    await afterAck?.(acks);
    return new Map();
  };
}

/** Room left in a message for the headers (Nats-Msg-Id) and the protocol line. */
const HEADROOM = 4 * 1024;

/**
 * A publish whose PubAck did not come in time is published again, up to three times in all: the
 * same Nats-Msg-Id, so JetStream drops the copy if the first one was stored. A process whose event
 * loop is busy (PGlite applying the log in the same thread) may read its PubAcks late.
 */
async function publishAgainOnTimeout<T>(publish: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await publish();
    } catch (e) {
      if (attempt === 3 || !(e instanceof Error) || e.name !== 'TimeoutError') throw e;
    }
  }
}
