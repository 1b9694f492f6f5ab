import type { CustomerService } from '../customers/service.js';
import { currentMode, type Mode } from '../shared/request-context.js';

export interface CustomerRef {
  readonly id: string;
  readonly test_clock: string | null;
}

const EXTERNAL_TTL_MS = 5_000;
const MAX_ENTRIES = 200_000;

/**
 * Resolves the customer named in an event (id or external_id) through the customer service,
 * remembering answers so a 10,000-event batch costs one lookup per new customer, not per event.
 * An id and its test clock never change, so they are kept; an external_id can be reassigned, so
 * its mapping is kept only briefly.
 */
export function createCustomerCache(customers: CustomerService) {
  const byId = new Map<string, CustomerRef>();
  const byExternal = new Map<string, { ref: CustomerRef; until: number }>();

  // Entries are keyed `mode:ref`: a test-mode customer must not be found by a live event, and
  // the two modes may use the same external_id (src/db/modes.ts).
  function remember(mode: Mode, ref: CustomerRef) {
    if (byId.size >= MAX_ENTRIES) byId.clear();
    byId.set(`${mode}:${ref.id}`, ref);
  }

  function known(mode: Mode, ref: string, now: number): CustomerRef | undefined {
    const hit = byId.get(`${mode}:${ref}`);
    if (hit) return hit;
    const ext = byExternal.get(`${mode}:${ref}`);
    return ext && ext.until > now ? ext.ref : undefined;
  }

  return {
    /**
     * The customer each reference names (references naming none are absent): the ones this
     * process knows answered from memory, all the others in ONE query.
     */
    async resolveMany(refs: ReadonlySet<string>): Promise<Map<string, CustomerRef>> {
      const now = Date.now();
      const mode = currentMode();
      const out = new Map<string, CustomerRef>();
      const missing: string[] = [];
      for (const ref of refs) {
        const hit = known(mode, ref, now);
        if (hit) out.set(ref, hit);
        else missing.push(ref);
      }
      if (missing.length === 0) return out;
      const rows = await customers.findMany(missing);
      for (const ref of missing) {
        const row = rows.get(ref);
        if (!row) continue;
        const found = { id: row.id, test_clock: row.test_clock };
        remember(mode, found);
        if (row.id !== ref) {
          if (byExternal.size >= MAX_ENTRIES) byExternal.clear();
          byExternal.set(`${mode}:${ref}`, { ref: found, until: now + EXTERNAL_TTL_MS });
        }
        out.set(ref, found);
      }
      return out;
    },
    /** Customers deleted with their test clock must not keep receiving events. */
    forget(ids: readonly string[]) {
      for (const id of ids) for (const mode of ['live', 'test'] as const) byId.delete(`${mode}:${id}`);
      byExternal.clear();
    },
  };
}

export type CustomerCache = ReturnType<typeof createCustomerCache>;
