import { sql } from 'kysely';
import type { Executor } from '../db/store.js';
import { nextActionAt } from './schedule.js';
import type { SubscriptionRow } from './subscription.js';
import './tables.js';

/** Stores new subscription fields and its next action time, computed from the result. */
export async function saveSub(
  trx: Executor,
  sub: SubscriptionRow,
  patch: Partial<SubscriptionRow>,
  zone: string,
  at: Date,
) {
  const next = { ...sub, ...patch };
  const { plan, pending_change, quantities, metadata, ...rest } = patch;
  return trx
    .updateTable('subscriptions')
    .set({
      ...rest,
      ...(plan !== undefined && { plan: JSON.stringify(plan) }),
      ...(pending_change !== undefined && {
        pending_change: pending_change === null ? null : JSON.stringify(pending_change),
      }),
      ...(quantities !== undefined && { quantities: JSON.stringify(quantities) }),
      ...(metadata !== undefined && { metadata: JSON.stringify(metadata) }),
      next_action_at: nextActionAt(next, zone),
      updated_at: at,
    })
    .where('id', '=', sub.id)
    .returningAll()
    .executeTakeFirstOrThrow();
}

const PERIOD_KEYS = new Set(['current_period_start', 'current_period_end']);

/**
 * saveSub for many subscriptions, answered in the order given. A patch that only moves the
 * period (the common period end) is written for all in one statement; any other patch alone.
 */
export async function saveSubs(
  trx: Executor,
  items: readonly { sub: SubscriptionRow; patch: Partial<SubscriptionRow>; at: Date }[],
  zone: string,
): Promise<SubscriptionRow[]> {
  const simple = items.filter((i) => Object.keys(i.patch).every((k) => PERIOD_KEYS.has(k)));
  const saved = new Map<string, SubscriptionRow>();
  if (simple.length > 0) {
    const col = <T>(f: (i: (typeof simple)[number]) => T) => simple.map(f);
    const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
    const value = <K extends 'current_period_start' | 'current_period_end'>(
      i: (typeof simple)[number],
      k: K,
    ) => iso(k in i.patch ? i.patch[k] : i.sub[k]);
    const { rows } = await sql<SubscriptionRow>`
      update subscriptions as s
      set current_period_start = v.ps, current_period_end = v.pe, next_action_at = v.na, updated_at = v.ua
      from unnest(
        ${col((i) => i.sub.id)}::text[],
        ${col((i) => value(i, 'current_period_start'))}::timestamptz[],
        ${col((i) => value(i, 'current_period_end'))}::timestamptz[],
        ${col((i) => iso(nextActionAt({ ...i.sub, ...i.patch }, zone)))}::timestamptz[],
        ${col((i) => iso(i.at))}::timestamptz[]
      ) as v(id, ps, pe, na, ua)
      where s.id = v.id
      returning s.*`.execute(trx);
    for (const r of rows) saved.set(r.id, r);
  }
  const out: SubscriptionRow[] = [];
  for (const i of items) {
    out.push(saved.get(i.sub.id) ?? (await saveSub(trx, i.sub, i.patch, zone, i.at)));
  }
  return out;
}
