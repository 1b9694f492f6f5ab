import type { Db } from '../db/store.js';
import { currentMode } from '../shared/request-context.js';
import type { MeterRow } from './meter.js';
import './tables.js';

const TTL_MS = 2_000;

/**
 * Meters by event_name for ingestion, so a batch costs one statement and not two. A meter's
 * formula and payload keys never change; only its name and status do. The status read here is a
 * fast path: the insert statement itself re-checks it (rollup-store.ts), so a meter deactivated by
 * another server process stops accepting events at once; a reactivation elsewhere is seen within
 * the TTL. Changes made through this process forget the cache immediately.
 */
export function createMeterCache(db: Db) {
  const known = new Map<string, { row: MeterRow; until: number }>();
  return {
    async byEventNames(names: ReadonlySet<string>): Promise<Map<string, MeterRow>> {
      const now = Date.now();
      // Live and test mode have their own meters under the same names (src/db/modes.ts).
      const mode = currentMode();
      const found = new Map<string, MeterRow>();
      const missing: string[] = [];
      for (const name of names) {
        const hit = known.get(`${mode}:${name}`);
        if (hit && hit.until > now) found.set(name, hit.row);
        else missing.push(name);
      }
      if (missing.length > 0) {
        const rows = await db.selectFrom('meters').selectAll().where('event_name', 'in', missing).execute();
        for (const row of rows) {
          found.set(row.event_name, row);
          known.set(`${mode}:${row.event_name}`, { row, until: now + TTL_MS });
        }
      }
      return found;
    },
    forget() {
      known.clear();
    },
  };
}

export type MeterCache = ReturnType<typeof createMeterCache>;
