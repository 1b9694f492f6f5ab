import type { Selectable } from 'kysely';
import { Decimal } from '../core/money/decimal.js';
import { formatAmount } from '../core/money/money.js';
import type { SubscriptionsTable } from './tables.js';

type CommitmentColumns = Pick<
  Selectable<SubscriptionsTable>,
  | 'currency'
  | 'minimum_amount'
  | 'commit_amount'
  | 'commit_start'
  | 'commit_end'
  | 'commit_grant'
  | 'commit_invoice'
>;

/** The subscription's commitments as the API answers them. */
export function commitmentsJson(sub: CommitmentColumns) {
  const amount = (v: string) => ({
    amount: formatAmount(new Decimal(v), sub.currency),
    currency: sub.currency,
  });
  return {
    minimum: sub.minimum_amount === null ? null : amount(sub.minimum_amount),
    prepaid_commitment:
      sub.commit_amount === null
        ? null
        : {
            ...amount(sub.commit_amount),
            term_start: sub.commit_start?.toISOString() ?? null,
            term_end: sub.commit_end?.toISOString() ?? null,
            credit_grant: sub.commit_grant,
            invoice: sub.commit_invoice,
            rollover: 'expires_at_term_end' as const,
          },
  };
}
