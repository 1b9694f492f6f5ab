import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import type { ServiceContext } from '../shared/context.js';
import type { CreditsService } from './credits.js';
import type { AutoTopUp } from './json-schemas.js';
import type { AutoTopUpsTable } from './tables.js';

export type AutoTopUpRow = Selectable<AutoTopUpsTable>;

export function autoTopUpJson(row: AutoTopUpRow): Static<typeof AutoTopUp> {
  return {
    object: 'auto_top_up' as const,
    customer: row.customer_id,
    enabled: row.enabled,
    currency: row.currency,
    threshold: formatAmount(new Decimal(row.threshold), row.currency),
    amount: formatAmount(new Decimal(row.amount), row.currency),
    updated_at: row.updated_at.toISOString(),
  };
}

/**
 * Buys credits for every customer whose available balance fell below its automatic top-up
 * threshold, unless a top-up for that currency is still waiting for payment (so a slow payment
 * never buys twice).
 */
export async function evaluateAutoTopUps(
  ctx: ServiceContext,
  credits: CreditsService,
  now: Date,
): Promise<number> {
  const settings = await ctx.db.selectFrom('auto_top_ups').selectAll().where('enabled', '=', true).execute();
  let created = 0;
  for (const s of settings) {
    const pending = await ctx.db
      .selectFrom('top_ups')
      .select('id')
      .where('customer_id', '=', s.customer_id)
      .where('currency', '=', s.currency)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    if (pending) continue;
    const available = await credits.available(s.customer_id, s.currency);
    if (available.gte(s.threshold)) continue;
    try {
      await credits.topUps.create(s.customer_id, { amount: { currency: s.currency, value: s.amount } }, true);
      created += 1;
    } catch (error) {
      ctx.log.warn({ err: error, customer: s.customer_id, at: now.toISOString() }, 'automatic top-up failed');
    }
  }
  return created;
}

/** Sets (or replaces) a customer's automatic top-up for one currency. */
export async function setAutoTopUp(
  ctx: ServiceContext,
  customerId: string,
  input: { enabled: boolean; currency: string; threshold: string; amount: string },
  at: Date,
): Promise<AutoTopUpRow> {
  const values = {
    customer_id: customerId,
    currency: input.currency,
    threshold: input.threshold,
    amount: input.amount,
    enabled: input.enabled,
    updated_at: at,
  };
  return ctx.db
    .insertInto('auto_top_ups')
    .values(values)
    .onConflict((oc) =>
      oc.columns(['customer_id', 'currency']).doUpdateSet({
        threshold: input.threshold,
        amount: input.amount,
        enabled: input.enabled,
        updated_at: at,
      }),
    )
    .returningAll()
    .executeTakeFirstOrThrow();
}
