import { currentMode, type Mode, systemContext } from '../shared/request-context.js';
import { createGroupCommit, type GroupCommitOptions } from './group-commit.js';
import { type BatchResult, type EventResult, type IngestDeps, ingest } from './ingest.js';
import type { EventSink } from './sink.js';

/** One caller's share of a group's answer: its own results, indexed from 0, and its own counts. */
function share(results: readonly EventResult[], arrivedAt: Date): BatchResult {
  const counts = { accepted: 0, duplicate: 0, rejected: 0 };
  const own = results.map((r, index) => {
    counts[r.status]++;
    return { ...r, index };
  });
  return {
    results: own,
    accepted: counts.accepted,
    duplicates: counts.duplicate,
    rejected: counts.rejected,
    arrivedAt,
  };
}

/**
 * Group commit (group-commit.ts): batches accepted by concurrent callers are validated and stored
 * together, as ONE batch of `ingest` (one statement, one commit), and each caller gets exactly the
 * answers its events would get had the batches been sent one after the other in arrival order (an
 * identifier repeated across two callers is a duplicate for the later one). A backfill (the demo
 * loader) is written alone: it skips the timestamp window, which must not leak to its neighbours.
 */
export function createGroupCommitSink(deps: IngestDeps, options: GroupCommitOptions): EventSink {
  const write = async (batches: readonly (readonly unknown[])[]) => {
    const batch = await ingest(deps, batches.flat());
    let offset = 0;
    return batches.map((events) => {
      const own = batch.results.slice(offset, offset + events.length);
      offset += events.length;
      return { ok: true as const, value: share(own, batch.arrivedAt) };
    });
  };
  // One group per mode, written in that mode: live and test events never share a statement, and
  // each lands in its own mode's tables (src/db/modes.ts).
  const groupIn = (mode: Mode) =>
    createGroupCommit<readonly unknown[], BatchResult>(write, options, {
      ...systemContext('system', 'metering-group-commit'),
      mode,
    });
  const groups = { live: groupIn('live'), test: groupIn('test') };
  return {
    name: 'group-commit',
    accept: (events, o) => (o?.backfill ? ingest(deps, events, o) : groups[currentMode()].submit(events)),
  };
}
