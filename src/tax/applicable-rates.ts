import type { Executor } from '../db/store.js';
import { type InvoiceTaxRate, type TaxRateRow, toInvoiceRate } from './tax-rate.js';

/** Where a customer is, for tax: their billing address's country and state. */
export interface TaxAddress {
  readonly country?: string | undefined;
  readonly state?: string | undefined;
}

/** Billing addresses by customer id (the customers service answers it). */
export type AddressesOf = (
  customerIds: readonly string[],
  executor: Executor,
) => Promise<Map<string, TaxAddress | undefined>>;

export interface TaxWarning {
  readonly code: 'tax_address_missing' | 'tax_rate_jurisdiction_missing';
  readonly message: string;
}

export type TaxSettings = { exempt: boolean | null; chosen: string[] | null } | undefined;

const norm = (s: string | null | undefined) => (s ?? '').trim().toUpperCase();

/** A default rate applies where the customer's address is in its country (and state, if it has one). */
function inJurisdiction(rate: TaxRateRow, address: TaxAddress | undefined): boolean {
  if (!rate.country || norm(address?.country) !== norm(rate.country)) return false;
  return rate.state === null || norm(address?.state) === norm(rate.state);
}

/**
 * The rates an invoice carries, from the active rates (by id), the customer's settings and their
 * address: none if exempt, their own if set (wherever they are), else every default rate whose
 * jurisdiction holds their address (a country rate and a state rate stack, as GST and PST do).
 * The warnings say why a default rate did not apply where the customer may not expect it.
 */
export function applicableRates(
  active: readonly TaxRateRow[],
  settings: TaxSettings,
  address: TaxAddress | undefined,
): { rates: InvoiceTaxRate[]; warnings: TaxWarning[] } {
  if (settings?.exempt) return { rates: [], warnings: [] };
  const chosen = settings?.chosen ?? [];
  if (chosen.length > 0)
    return { rates: active.filter((r) => chosen.includes(r.id)).map(toInvoiceRate), warnings: [] };
  const defaults = active.filter((r) => r.is_default);
  const warnings: TaxWarning[] = [];
  const placed = defaults.filter((r) => r.country);
  if (placed.length > 0 && !norm(address?.country)) {
    const where = placed.map((r) => `${r.display_name}: ${[r.country, r.state].filter(Boolean).join('-')}`);
    warnings.push({
      code: 'tax_address_missing',
      message: `The customer has no billing address country, so no default tax rate applies (${where.join(', ')}). Set billing_details.address.country, give the customer their own tax rates, or mark them exempt.`,
    });
  }
  const unplaced = defaults.filter((r) => !r.country);
  if (unplaced.length > 0) {
    warnings.push({
      code: 'tax_rate_jurisdiction_missing',
      message: `Default tax rates without a country apply to no one: ${unplaced
        .map((r) => `${r.id} (${r.display_name})`)
        .join(', ')}. Set their country with POST /v1/tax_rates/{id}.`,
    });
  }
  return { rates: defaults.filter((r) => inJurisdiction(r, address)).map(toInvoiceRate), warnings };
}
