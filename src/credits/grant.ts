import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import type { Applicability, GrantBalance } from '../core/credits/burn-down.js';
import { Decimal } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import type { CreditGrant } from './json-schemas.js';
import type { CreditGrantsTable, StoredApplicability } from './tables.js';

export type GrantRow = Selectable<CreditGrantsTable>;

export interface AmountJson {
  currency: string;
  value: string;
}

export type CreditGrantJson = Static<typeof CreditGrant>;

export function amountJson(amount: Decimal, currency: string): AmountJson {
  return { currency, value: formatAmount(amount, currency) };
}

/** `scheduled` is an active grant whose effective time has not come yet (for its customer's clock). */
export function grantStatus(row: GrantRow, now: Date): CreditGrantJson['status'] {
  if (row.status === 'active' && row.effective_at && row.effective_at.getTime() > now.getTime())
    return 'scheduled';
  return row.status;
}

export function grantJson(row: GrantRow, remaining: Decimal, now: Date): CreditGrantJson {
  return {
    id: row.id,
    object: 'credit_grant',
    customer: row.customer_id,
    name: row.name,
    amount: amountJson(new Decimal(row.amount), row.currency),
    remaining: amountJson(remaining, row.currency),
    category: row.category,
    applicability: row.applicability,
    priority: row.priority,
    effective_at: row.effective_at?.toISOString() ?? null,
    expires_at: row.expires_at?.toISOString() ?? null,
    status: grantStatus(row, now),
    source: row.source,
    subscription: row.subscription_id,
    invoice: row.invoice_id,
    metadata: row.metadata,
    voided_at: row.voided_at?.toISOString() ?? null,
    expired_at: row.expired_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
  };
}

export function toApplicability(stored: StoredApplicability): Applicability {
  return 'scope' in stored ? { scope: 'metered' } : { billableItems: stored.billable_items };
}

export function toGrantBalance(row: GrantRow, remaining: Decimal): GrantBalance {
  return {
    id: row.id,
    remaining,
    priority: row.priority,
    effectiveAt: row.effective_at ?? row.created_at,
    expiresAt: row.expires_at,
    createdAt: row.created_at,
    applicability: toApplicability(row.applicability),
  };
}

/** Whether a grant can pay for usage happening at `at`. */
export function isUsableAt(row: GrantRow, at: Date): boolean {
  if (row.status !== 'active' || !row.effective_at) return false;
  if (row.effective_at.getTime() > at.getTime()) return false;
  return !row.expires_at || row.expires_at.getTime() > at.getTime();
}
