import type { AccountRow } from '../account/account.js';
import type { BankTransfer, IssuerAddress } from '../account/tables.js';
import type { CustomerRow } from '../customers/customer.js';
import type { BillingDetails } from '../customers/tables.js';

/**
 * The parties of an issued invoice as they were when it was finalized. An issued invoice is a
 * legal document: renaming the customer or the account afterwards must not change what a
 * re-downloaded PDF or the API says it was issued to and by.
 */
export interface CustomerDetails {
  readonly name: string | null;
  readonly email: string | null;
  readonly billing_details: BillingDetails;
}

export interface IssuerDetails {
  readonly name: string;
  readonly tax_registration_number: string | null;
  /** The zone the invoice's dates are printed in, so a later change cannot move its issue day. */
  readonly time_zone: string;
  /** Printed on the invoice (住所, 電話, 振込先); absent on invoices issued before they existed. */
  readonly address?: IssuerAddress | null;
  readonly phone?: string | null;
  readonly bank_transfer?: BankTransfer | null;
}

export function customerDetailsOf(row: CustomerRow): CustomerDetails {
  return { name: row.name, email: row.email, billing_details: row.billing_details };
}

export function issuerDetailsOf(account: AccountRow): IssuerDetails {
  return {
    name: account.name,
    tax_registration_number: account.tax_registration_number,
    time_zone: account.time_zone,
    // Only what the account has set: an issuer without them freezes as it always did.
    ...(account.address && { address: account.address }),
    ...(account.phone && { phone: account.phone }),
    ...(account.bank_transfer && { bank_transfer: account.bank_transfer }),
  };
}
