/**
 * What an invoice or receipt document is drawn from: the invoice as the API writes it (DESIGN 5,
 * plus `tax_breakdown` and the registration number frozen at finalization), the customer's
 * billing details, the seller (the account), and how to write dates and words. For an issued
 * invoice the customer and the seller are the ones frozen on it at finalization.
 */
export interface DocumentLine {
  readonly type: string;
  readonly description: string;
  readonly quantity: string | null;
  readonly unit_amount: string | null;
  readonly amount: string;
  readonly period_start: string;
  readonly period_end: string;
}

export interface DocumentTaxRow {
  readonly display_name: string;
  readonly percentage: string;
  readonly inclusive: boolean;
  readonly taxable_amount: string;
  readonly amount: string;
}

export interface DocumentInvoice {
  readonly id: string;
  readonly number: string | null;
  readonly status: string;
  readonly currency: string;
  readonly period_start: string;
  readonly period_end: string;
  readonly lines: readonly DocumentLine[];
  readonly subtotal: string;
  readonly credits_applied: string;
  readonly tax: string;
  readonly tax_breakdown: readonly DocumentTaxRow[];
  readonly total: string;
  readonly balance_applied: string;
  readonly amount_due: string;
  readonly amount_paid?: string;
  readonly tax_registration_number: string | null;
  /** The customer frozen at finalization; null (or absent) on drafts. */
  readonly customer_details?: Omit<DocumentCustomer, 'id'> | null;
  /** The account frozen at finalization; null (or absent) on drafts. */
  readonly issuer_details?: (DocumentSeller & { readonly time_zone: string }) | null;
  readonly created_at: string;
  readonly finalized_at: string | null;
  readonly paid_at: string | null;
  readonly due_date: string | null;
  readonly payment_reference?: string | null;
}

export interface DocumentAddress {
  readonly line1?: string;
  readonly line2?: string;
  readonly city?: string;
  readonly state?: string;
  readonly postal_code?: string;
  readonly country?: string;
}

export interface DocumentCustomer {
  readonly id: string;
  readonly name: string | null;
  readonly email: string | null;
  readonly billing_details: {
    readonly company_name?: string;
    readonly address?: DocumentAddress;
    readonly tax_ids?: readonly { readonly type: string; readonly value: string }[];
  };
}

export interface DocumentBankTransfer {
  readonly bank_name: string;
  readonly branch_name: string;
  readonly account_type: 'ordinary' | 'checking';
  readonly account_number: string;
  readonly account_holder: string;
}

export interface DocumentSeller {
  readonly name: string;
  /** The number printed: frozen on an issued invoice, the account's current one on a draft. */
  readonly tax_registration_number: string | null;
  readonly address?: DocumentAddress | null;
  readonly phone?: string | null;
  /** 振込先: printed under the totals so the invoice can be paid as it is. */
  readonly bank_transfer?: DocumentBankTransfer | null;
}

export type DocumentLang = 'ja' | 'en';

export interface DocumentInput {
  readonly invoice: DocumentInvoice;
  readonly customer: DocumentCustomer;
  readonly seller: DocumentSeller;
  /** IANA zone for every date printed (the account's). */
  readonly timeZone: string;
  readonly lang: DocumentLang;
}

/**
 * A Japanese qualified-invoice registration number ("T" and 13 digits) is printed only where it
 * applies: an invoice in yen or to a customer in Japan. Other registration numbers always print.
 */
export function printedRegistration(
  seller: DocumentSeller,
  customer: DocumentCustomer,
  currency: string,
): string | null {
  const n = seller.tax_registration_number;
  if (!n || !/^T\d{13}$/.test(n)) return n;
  return currency === 'JPY' || customer.billing_details.address?.country === 'JP' ? n : null;
}

/**
 * Japanese for customers in Japan or billed in yen, English otherwise; `requested` (the
 * `?lang=` query) overrides.
 */
export function documentLang(
  customer: DocumentCustomer,
  currency: string,
  requested?: DocumentLang,
): DocumentLang {
  if (requested) return requested;
  return customer.billing_details.address?.country === 'JP' || currency === 'JPY' ? 'ja' : 'en';
}
