import type { Selectable } from 'kysely';
import { Decimal, decimalString } from '../core/money/decimal.js';
import type { MeterEventJson } from './meter-schema.js';
import type { MeterEventsTable } from './tables.js';

export type MeterEventRow = Selectable<MeterEventsTable>;

export function meterEventJson(row: MeterEventRow, eventName: string): MeterEventJson {
  return {
    object: 'meter_event',
    id: row.id,
    event_name: eventName,
    meter: row.meter_id,
    customer: row.customer_id,
    identifier: row.identifier,
    timestamp: row.ts.toISOString(),
    value: decimalString(new Decimal(row.value)),
    distinct_value: row.distinct_value,
    dimensions: row.dimensions,
    created_at: row.created_at.toISOString(),
    cancelled_at: row.cancelled_at?.toISOString() ?? null,
  };
}
