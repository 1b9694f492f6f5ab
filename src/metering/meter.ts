import type { Selectable } from 'kysely';
import type { MeterJson } from './meter-schema.js';
import type { Formula, MetersTable } from './tables.js';

export type MeterRow = Selectable<MetersTable>;

export const FORMULAS: readonly Formula[] = ['sum', 'count', 'max', 'last', 'unique_count'];

export function meterJson(row: MeterRow): MeterJson {
  return {
    id: row.id,
    object: 'meter',
    event_name: row.event_name,
    display_name: row.display_name,
    status: row.status,
    default_aggregation: { formula: row.formula },
    customer_mapping: { event_payload_key: row.customer_key },
    value_settings: { event_payload_key: row.value_key },
    dimension_payload_keys: row.dimension_keys,
    deactivated_at: row.deactivated_at?.toISOString() ?? null,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}
