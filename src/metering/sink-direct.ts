import { type IngestDeps, ingest } from './ingest.js';
import type { EventSink } from './sink.js';

/** The direct PostgreSQL path: each call is one statement and one commit (ingest.ts). */
export function createDirectSink(deps: IngestDeps): EventSink {
  return { name: 'direct', accept: (events, options) => ingest(deps, events, options) };
}
