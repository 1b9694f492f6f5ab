import type { Customer, PaymentTerms } from '../../api/types.js';

/** The customer form as typed: every field a string, tax ids as rows. */
export interface CustomerDraft {
  name: string;
  email: string;
  external_id: string;
  currency: string;
  company_name: string;
  line1: string;
  line2: string;
  city: string;
  state: string;
  postal_code: string;
  country: string;
  tax_ids: { type: string; value: string }[];
  /** null: the account's terms; absent: not known (left as it is). */
  payment_terms?: PaymentTerms | null;
}

const ADDRESS = ['line1', 'line2', 'city', 'state', 'postal_code', 'country'] as const;

export function customerDraft(c?: Customer): CustomerDraft {
  const a = c?.billing_details.address ?? {};
  return {
    name: c?.name ?? '',
    email: c?.email ?? '',
    external_id: c?.external_id ?? '',
    currency: c?.currency ?? '',
    company_name: c?.billing_details.company_name ?? '',
    line1: a.line1 ?? '',
    line2: a.line2 ?? '',
    city: a.city ?? '',
    state: a.state ?? '',
    postal_code: a.postal_code ?? '',
    country: a.country ?? '',
    tax_ids: (c?.billing_details.tax_ids ?? []).map((x) => ({ ...x })),
    ...(c?.payment_terms !== undefined && { payment_terms: c.payment_terms }),
  };
}

/**
 * The body of `POST /v1/customers` (create) or `POST /v1/customers/{id}` (update). Blank fields
 * are left out; billing details are sent whole, so a cleared address line or a removed tax id is
 * gone after saving. Codes are upper-cased as the API wants them.
 */
export function customerBody(d: CustomerDraft): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  const text = (v: string) => v.trim();
  if (text(d.name)) body.name = text(d.name);
  if (text(d.email)) body.email = text(d.email);
  if (text(d.external_id)) body.external_id = text(d.external_id);
  if (text(d.currency)) body.currency = text(d.currency).toUpperCase();
  const address: Record<string, string> = {};
  for (const k of ADDRESS)
    if (text(d[k])) address[k] = k === 'country' ? text(d[k]).toUpperCase() : text(d[k]);
  const taxIds = d.tax_ids
    .map((x) => ({ type: text(x.type), value: text(x.value) }))
    .filter((x) => x.type && x.value);
  body.billing_details = {
    ...(text(d.company_name) ? { company_name: text(d.company_name) } : {}),
    address,
    tax_ids: taxIds,
  };
  if (d.payment_terms !== undefined) body.payment_terms = d.payment_terms;
  return body;
}
