import type { ColumnType } from 'kysely';

type Json<T> = ColumnType<T, string, string>;

export interface TaxRatesTable {
  id: string;
  display_name: string;
  percentage: ColumnType<string, string, string>;
  inclusive: boolean;
  country: string | null;
  description: string | null;
  active: boolean;
  /** Applied to every customer without rates of their own (the account default). */
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
