import type { DunningPolicy } from '../core/billing/dunning-schedule.js';
import type { PaymentTerms } from '../core/billing/payment-terms.js';
import type { BankTransfer, IssuerAddress } from './tables.js';

/** The issuer details and collection settings an account update may carry. */
export interface CollectionUpdate {
  address?: IssuerAddress | null;
  phone?: string | null;
  bank_transfer?: BankTransfer | null;
  payment_terms?: PaymentTerms;
  dunning?: DunningPolicy;
}

const json = (v: unknown) => (v === null ? null : JSON.stringify(v));

/** The columns an update writes for these fields; absent fields are left as they are. */
export function collectionColumns(patch: CollectionUpdate) {
  return {
    ...(patch.address !== undefined && { address: json(patch.address) }),
    ...(patch.phone !== undefined && { phone: patch.phone }),
    ...(patch.bank_transfer !== undefined && { bank_transfer: json(patch.bank_transfer) }),
    ...(patch.payment_terms !== undefined && { payment_terms: JSON.stringify(patch.payment_terms) }),
    ...(patch.dunning !== undefined && { dunning: JSON.stringify(patch.dunning) }),
  };
}
