import { Decimal } from '../core/money/decimal.js';
import type { Db, Executor } from '../db/store.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { emitEvent } from '../webhooks/emit.js';
import { type GrantRow, grantJson } from './grant.js';
import { remainingByGrant, writeLedger } from './ledger.js';
import './tables.js';

/** Voids a grant: what is left of it is written off; credits it already paid stay paid. */
export async function voidGrant(
  db: Db,
  id: string,
  nowFor: (customerId: string, executor: Executor) => Promise<Date>,
): Promise<GrantRow> {
  return db.transaction().execute(async (trx) => {
    const row = await trx
      .selectFrom('credit_grants')
      .selectAll()
      .where('id', '=', id)
      .forUpdate()
      .executeTakeFirst();
    if (!row) throw notFound('credit_grant_not_found', 'credit grant', id);
    if (row.status === 'voided' || row.status === 'expired')
      throw new ApiError('credit_grant_not_voidable', `The credit grant is already ${row.status}.`);
    const now = await nowFor(row.customer_id, trx);
    const left = (await remainingByGrant(trx, [row.id])).get(row.id) as Decimal;
    if (!left.isZero())
      await writeLedger(trx, [
        {
          grantId: row.id,
          customerId: row.customer_id,
          currency: row.currency,
          type: 'voided',
          amount: left.negated(),
          occurredAt: now,
        },
      ]);
    const voided = await trx
      .updateTable('credit_grants')
      .set({ status: 'voided', voided_at: now })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await emitEvent(trx, 'credit_grant.voided', grantJson(voided, new Decimal(0), now) as never, now);
    return voided;
  });
}
