import { Decimal, decimalString } from '../core/money/decimal.js';
import { roundAmount } from '../core/money/money.js';
import type { Executor } from '../db/store.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { type GrantRow, grantJson } from './grant.js';
import { writeLedger } from './ledger.js';
import type { GrantSource, StoredApplicability } from './tables.js';
import './tables.js';

export interface GrantInput {
  customerId: string;
  currency: string;
  amount: Decimal;
  category: 'paid' | 'promotional';
  applicability: StoredApplicability;
  priority: number;
  /** Null: pending until activated (a top-up waiting for payment). */
  effectiveAt: Date | null;
  expiresAt: Date | null;
  source: GrantSource;
  sourceKey?: string;
  subscriptionId?: string | null;
  name?: string | null;
  metadata?: Record<string, string>;
}

/**
 * Inserts a grant and, when it is effective, its `granted` ledger row. A grant with a source key
 * is created once: a second call returns the first grant (service actions re-run on restart).
 */
export async function insertGrant(trx: Executor, input: GrantInput, at: Date): Promise<GrantRow> {
  if (input.sourceKey) {
    const existing = await trx
      .selectFrom('credit_grants')
      .selectAll()
      .where('source_key', '=', input.sourceKey)
      .executeTakeFirst();
    if (existing) return existing;
  }
  const row = await trx
    .insertInto('credit_grants')
    .values({
      id: newId('cg'),
      customer_id: input.customerId,
      currency: input.currency,
      amount: decimalString(roundAmount(input.amount, input.currency)),
      category: input.category,
      applicability: JSON.stringify(input.applicability),
      priority: input.priority,
      effective_at: input.effectiveAt,
      expires_at: input.expiresAt,
      status: input.effectiveAt ? 'active' : 'pending',
      source: input.source,
      source_key: input.sourceKey ?? null,
      subscription_id: input.subscriptionId ?? null,
      invoice_id: null,
      name: input.name ?? null,
      metadata: JSON.stringify(input.metadata ?? {}),
      voided_at: null,
      expired_at: null,
      created_at: at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  if (row.status === 'active') await activateLedger(trx, row, at);
  return row;
}

export async function activateLedger(trx: Executor, row: GrantRow, at: Date) {
  await writeLedger(trx, [
    {
      grantId: row.id,
      customerId: row.customer_id,
      currency: row.currency,
      type: 'granted',
      amount: new Decimal(row.amount),
      occurredAt: row.effective_at ?? at,
    },
  ]);
  await emitEvent(trx, 'credit_grant.created', grantJson(row, new Decimal(row.amount), at) as never, at);
}
