import { jsonString } from '../shared/json-string.js';
import type { BatchResult, EventResult } from './ingest.js';

/** One result as the API answers it (DESIGN 6): `error.param` is null when no field is at fault. */
export function resultJson(r: EventResult) {
  return {
    index: r.index,
    identifier: r.identifier,
    status: r.status,
    ...(r.error && { error: { code: r.error.code, message: r.error.message, param: r.error.param ?? null } }),
  };
}

/**
 * The answer to `POST /v1/meter_events/batch` as JSON text: exactly `JSON.stringify` of
 * `{ object, results: results.map(resultJson), accepted, duplicates, rejected }`, written
 * directly for the accepted and duplicate events, which are nearly all of a batch (10,000 of
 * them would otherwise be 10,000 objects made only to be serialised).
 */
export function batchResultJson(batch: BatchResult): string {
  let results = '';
  for (const r of batch.results) {
    if (results !== '') results += ',';
    results +=
      r.error || r.identifier === null
        ? JSON.stringify(resultJson(r))
        : `{"index":${r.index},"identifier":${jsonString(r.identifier)},"status":"${r.status}"}`;
  }
  return `{"object":"meter_event_batch","results":[${results}],"accepted":${batch.accepted},"duplicates":${batch.duplicates},"rejected":${batch.rejected}}`;
}
