import type { Selectable } from 'kysely';
import type { TaxRateInput } from '../core/billing/tax.js';
import { Decimal } from '../core/money/decimal.js';
import type { CustomerTaxSettingsTable, TaxRatesTable } from './tables.js';

export type TaxRateRow = Selectable<TaxRatesTable>;
export type CustomerTaxRow = Selectable<CustomerTaxSettingsTable>;

export interface TaxRateCreate {
  display_name: string;
  percentage: string;
  inclusive: boolean;
  /** ISO 3166-1 alpha-2: every new rate has a jurisdiction (rates from before 0321 may not). */
  country: string;
  state?: string;
  description?: string;
  default?: boolean;
  metadata?: Record<string, string>;
}

export interface TaxRateUpdate {
  display_name?: string;
  country?: string;
  state?: string | null;
  description?: string;
  active?: boolean;
  default?: boolean;
  metadata?: Record<string, string>;
}

export type InvoiceTaxRate = TaxRateInput & { country: string | null };

export function taxRateJson(row: TaxRateRow) {
  return {
    id: row.id,
    object: 'tax_rate' as const,
    display_name: row.display_name,
    percentage: new Decimal(row.percentage).toFixed(),
    inclusive: row.inclusive,
    country: row.country,
    state: row.state,
    description: row.description,
    active: row.active,
    default: row.is_default,
    metadata: row.metadata,
    created_at: row.created_at.toISOString(),
  };
}

export function customerTaxJson(row: CustomerTaxRow) {
  return {
    object: 'customer_tax_settings' as const,
    customer: row.customer_id,
    tax_rates: row.tax_rates,
    exempt: row.exempt,
  };
}

/** A stored rate as the invoice assembly takes it. */
export const toInvoiceRate = (r: TaxRateRow): InvoiceTaxRate => ({
  id: r.id,
  displayName: r.display_name,
  percentage: new Decimal(r.percentage),
  inclusive: r.inclusive,
  country: r.country,
});
