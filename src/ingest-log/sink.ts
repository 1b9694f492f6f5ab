import { type IngestDeps, ingest } from '../metering/ingest.js';
import type { EventSink } from '../metering/sink.js';
import type { IngestLog } from './log.js';
import { createPublisher } from './publisher.js';

/**
 * The JetStream `EventSink`: the events are validated exactly as on the direct path (ingest.ts,
 * the same code), then published to the log instead of stored (publisher.ts). `accepted` means
 * in the log (PubAck); a repeat of an identifier within the call is a `duplicate` as everywhere,
 * but a duplicate of an event accepted by an EARLIER call is known only when a worker applies it,
 * and is reported asynchronously (ingest_log_refusals, docs/scaling.md).
 */
export function createJetStreamSink(deps: IngestDeps, log: IngestLog): EventSink {
  const store = createPublisher(log);
  return { name: 'jetstream', accept: (events, options) => ingest({ ...deps, store }, events, options) };
}
