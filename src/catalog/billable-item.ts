import type { Selectable } from 'kysely';
import type { ResolvedBillableItem } from './resolved-plan.js';
import type { BillableItemsTable } from './tables.js';

export type BillableItemRow = Selectable<BillableItemsTable>;

export interface BillableItemJson {
  id: string;
  object: 'billable_item';
  type: 'metered' | 'licensed';
  name: string;
  unit_label: string | null;
  lookup_key: string | null;
  meter: string | null;
  meter_filter: Record<string, string> | null;
  metadata: Record<string, string>;
  created_at: string;
  updated_at: string;
}

export function billableItemJson(row: BillableItemRow): BillableItemJson {
  return {
    id: row.id,
    object: 'billable_item',
    type: row.type,
    name: row.name,
    unit_label: row.unit_label,
    lookup_key: row.lookup_key,
    meter: row.meter_id,
    meter_filter: row.meter_filter,
    metadata: row.metadata,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export function resolvedItem(row: BillableItemRow): ResolvedBillableItem {
  return {
    id: row.id,
    type: row.type,
    name: row.name,
    lookupKey: row.lookup_key,
    unitLabel: row.unit_label,
    meterId: row.meter_id,
    meterFilter: row.meter_filter,
  };
}
