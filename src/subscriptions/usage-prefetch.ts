import type { Executor } from '../db/store.js';
import {
  type AggregateMany,
  type AggregateUsage,
  queryKey,
  type UsageQuery,
} from '../metering/usage-query.js';

/**
 * A worker batch's meter reads, asked in one `aggregateMany` before the lines are built: the
 * returned reader answers those questions from memory and sends any other one (a question the
 * batch did not foresee) to `fallback`, so the answers are the same either way.
 */
export async function prefetchUsage(
  many: AggregateMany,
  fallback: AggregateUsage,
  queries: readonly UsageQuery[],
  executor: Executor,
): Promise<AggregateUsage> {
  const unique = new Map(queries.map((q) => [queryKey(q), q]));
  const keys = [...unique.keys()];
  const answers = await many([...unique.values()], executor);
  const known = new Map(keys.map((k, i) => [k, answers[i]]));
  return async (query, exec) => known.get(queryKey(query)) ?? fallback(query, exec);
}
