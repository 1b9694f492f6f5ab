import type { CustomerService } from '../customers/service.js';

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

  function remember(ref: CustomerRef) {
    if (byId.size >= MAX_ENTRIES) byId.clear();
    byId.set(ref.id, ref);
  }

  return {
    async resolve(ref: string): Promise<CustomerRef | undefined> {
      const known = byId.get(ref);
      if (known) return known;
      const ext = byExternal.get(ref);
      if (ext && ext.until > Date.now()) return ext.ref;
      const row = await customers.find(ref);
      if (!row) return undefined;
      const found = { id: row.id, test_clock: row.test_clock };
      remember(found);
      if (row.id !== ref) {
        if (byExternal.size >= MAX_ENTRIES) byExternal.clear();
        byExternal.set(ref, { ref: found, until: Date.now() + EXTERNAL_TTL_MS });
      }
      return found;
    },
    /** Customers deleted with their test clock must not keep receiving events. */
    forget(ids: readonly string[]) {
      for (const id of ids) byId.delete(id);
      byExternal.clear();
    },
  };
}

export type CustomerCache = ReturnType<typeof createCustomerCache>;
