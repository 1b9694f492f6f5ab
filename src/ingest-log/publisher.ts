import type { NewEvent, Refusal } from '../metering/rollup-store.js';
import type { IngestLog } from './log.js';
import { encodeMessage, messageId } from './message.js';
import { partitionOf, subjectOf } from './partition.js';

/**
 * Publishes validated events: one message per partition they fall in, in parallel, and resolves
 * only when JetStream has acknowledged every one (PubAck: stored on the stream, replicated when
 * the stream has replicas). If one publish fails the call throws and the client is not told
 * `accepted`; its retry publishes the same message ids, so the partitions that did store their
 * message drop the copy.
 *
 * Refusals (a duplicate of an event stored earlier, a meter deactivated meanwhile) are known only
 * when a worker applies the message: they are recorded there (ingest_log_refusals), so this
 * answers none.
 */
export function createPublisher(log: IngestLog) {
  const { partitions, prefix } = log.config;
  return async function publish(events: readonly NewEvent[], arrivedAt: Date): Promise<Map<string, Refusal>> {
    const byPartition = new Map<number, NewEvent[]>();
    for (const e of events) {
      const p = partitionOf(e.customerId, partitions);
      const list = byPartition.get(p);
      if (list) list.push(e);
      else byPartition.set(p, [e]);
    }
    await Promise.all(
      [...byPartition].map(([p, list]) =>
        log.js.publish(subjectOf(prefix, p), encodeMessage({ arrivedAt, events: list }), {
          msgID: messageId(p, list),
          timeout: 10_000,
        }),
      ),
    );
    return new Map();
  };
}
