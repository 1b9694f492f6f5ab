import type { ColumnType } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface TaxRatesTable {
  id: string;
  display_name: string;
  percentage: ColumnType<string, string, string>;
  inclusive: boolean;
  /** The jurisdiction: ISO 3166-1 country, and optionally a state/province within it. */
  country: string | null;
  state: string | null;
  description: string | null;
  active: boolean;
  /**
   * Applied to every customer without rates of their own whose billing address is in the rate's
   * jurisdiction (the account default there).
   */
  is_default: boolean;
  metadata: Json<Record<string, string>>;
  created_at: Date;
}

/** A customer's own tax treatment: explicit rates, or exempt (no tax at all). */
export interface CustomerTaxSettingsTable {
  customer_id: string;
  tax_rates: Json<string[]>;
  exempt: boolean;
  updated_at: Date;
}

declare module '../db/database.js' {
  interface Database {
    tax_rates: TaxRatesTable;
    customer_tax_settings: CustomerTaxSettingsTable;
  }
}
