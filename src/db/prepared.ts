import type pg from 'pg';

/**
 * The comment that asks for a named prepared statement (`SqlText.build({ prepared: true })`).
 * Only statements whose text holds no value may carry it: the name is derived from the text, and
 * the text is parsed and planned once per connection, then reused.
 */
export const PREPARE_MARK = '/* tariff:prepare */';

/** At most this many statement texts get a name per process; past it, statements run unnamed. */
const MAX_NAMES = 512;

type Query = (text: unknown, values?: unknown) => unknown;

/**
 * Makes the pool's connections run marked statements as named prepared statements
 * (node-postgres's `{ name, text, values }`: Parse once per connection, then Bind/Execute). The
 * usage read behind every entitlement check and month count spends more time being planned than
 * executed; prepared, PostgreSQL keeps its plan. A plan depends on the `search_path` it was made
 * with (modes, src/db/modes.ts): PostgreSQL re-plans a cached statement when the path changes, and
 * when a table it reads changes (a new partition), so reuse never reads the wrong schema.
 *
 * With PostgreSQL's default `plan_cache_mode` (auto) the usage read keeps being planned per call:
 * its generic plan, which lists every partition, is estimated costlier than a pruned custom one,
 * though it runs as fast (runtime pruning). The store's `hotReads` pool sets `force_generic_plan`
 * for its sessions (src/db/store.ts): measured on the entitlement check's usage read, median
 * 0.86 → 0.43 ms.
 */
export function preparedStatements(pool: pg.Pool): void {
  const names = new Map<string, string>();
  const nameOf = (text: string): string | undefined => {
    let name = names.get(text);
    if (name === undefined && names.size < MAX_NAMES) {
      name = `tariff_${names.size}`;
      names.set(text, name);
    }
    return name;
  };
  pool.on('connect', (client) => {
    const query = client.query.bind(client) as Query;
    const patched: Query = (text, values) => {
      if (typeof text === 'string' && text.includes(PREPARE_MARK)) {
        const name = nameOf(text);
        if (name !== undefined) return query({ name, text, values });
      }
      return query(text, values);
    };
    (client as unknown as { query: Query }).query = patched;
  });
}
