import type { MeterEventRow } from '../event.js';
import type { MeterRow } from '../meter.js';

/** Unix seconds, as Stripe writes every time. */
export const unix = (at: Date) => Math.floor(at.getTime() / 1000);

export function stripeMeter(row: MeterRow) {
  return {
    id: row.id,
    object: 'billing.meter' as const,
    created: unix(row.created_at),
    customer_mapping: { event_payload_key: row.customer_key, type: 'by_id' as const },
    default_aggregation: { formula: row.formula },
    dimension_payload_keys: row.dimension_keys,
    display_name: row.display_name,
    event_name: row.event_name,
    event_time_window: null,
    livemode: false,
    status: row.status,
    status_transitions: { deactivated_at: row.deactivated_at ? unix(row.deactivated_at) : null },
    updated: unix(row.updated_at),
    value_settings: { event_payload_key: row.value_key },
  };
}

/** Stripe echoes the payload as sent; Tariff rebuilds it from what it stored. */
export function stripeMeterEvent(row: MeterEventRow, meter: MeterRow, customerRef: string) {
  const payload: Record<string, string> = { ...row.dimensions, [meter.customer_key]: customerRef };
  if (meter.formula === 'unique_count' && row.distinct_value !== null)
    payload[meter.value_key] = row.distinct_value;
  else if (meter.formula !== 'count') payload[meter.value_key] = String(row.value);
  return {
    object: 'billing.meter_event' as const,
    created: unix(row.created_at),
    event_name: meter.event_name,
    identifier: row.identifier,
    livemode: false,
    payload,
    timestamp: unix(row.ts),
  };
}

export function stripeAdjustment(eventName: string, identifier: string) {
  return {
    object: 'billing.meter_event_adjustment' as const,
    cancel: { identifier },
    event_name: eventName,
    livemode: false,
    status: 'complete' as const,
    type: 'cancel' as const,
  };
}

export function stripeSummary(meterId: string, customerId: string, start: Date, end: Date, value: number) {
  return {
    id: `mtrusg_${meterId.slice(4)}_${customerId.slice(4)}_${unix(start)}`,
    object: 'billing.meter_event_summary' as const,
    aggregated_value: value,
    end_time: unix(end),
    livemode: false,
    meter: meterId,
    start_time: unix(start),
  };
}
