import type { Generated } from 'kysely';

export type AlertType = 'usage' | 'spend' | 'credit_balance';

/**
 * A threshold on one customer's meter usage, billable item spend (both in the current service
 * interval) or credit balance. Usage and spend alerts fire when the value reaches the threshold;
 * a credit balance alert fires when the available balance falls below it.
 */
export interface AlertsTable {
  id: string;
  customer_id: string;
  type: AlertType;
  meter_id: string | null;
  billable_item_id: string | null;
  currency: string | null;
  threshold: string;
  title: string | null;
  status: 'active' | 'archived';
  created_at: Date;
}

/** One row per firing; the unique (alert, period) key makes "at most once per interval" hold. */
export interface AlertFiringsTable {
  alert_id: string;
  period_key: string;
  value: string;
  fired_at: Date;
  created_at: Generated<Date>;
}

declare module '../db/database.js' {
  interface Database {
    alerts: AlertsTable;
    alert_firings: AlertFiringsTable;
  }
}
