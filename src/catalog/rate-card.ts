import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import type { Price } from '../core/pricing/price.js';
import type { Interval } from '../core/time/interval.js';
import type { Rate, RateCard } from './response-schemas.js';
import type { RateCardsTable, RatesTable } from './tables.js';

export type RateCardRow = Selectable<RateCardsTable>;
export type RateRow = Selectable<RatesTable>;

/** The schemas are the types: an answer cannot drift from what the document declares. */
export type RateCardJson = Static<typeof RateCard>;

export function rateCardJson(row: RateCardRow): RateCardJson {
  return {
    id: row.id,
    object: 'rate_card',
    name: row.name,
    currency: row.currency,
    service_interval: row.service_interval,
    service_interval_count: row.service_interval_count,
    lookup_key: row.lookup_key,
    latest_version: row.latest_version,
    live_version: row.live_version,
    metadata: row.metadata,
    created_at: row.created_at.toISOString(),
    updated_at: row.updated_at.toISOString(),
  };
}

export type RateJson = Static<typeof Rate>;

/** A copy: the stored price's arrays are read-only, the answer's are plain arrays. */
function priceJson(price: Price): RateJson['price'] {
  switch (price.type) {
    case 'tiered':
      return { ...price, tiers: [...price.tiers] };
    case 'matrix':
      return {
        ...price,
        dimensions: [...price.dimensions],
        entries: price.entries.map((e) => ({ values: [...e.values], unit_amount: e.unit_amount })),
        default_unit_amount: price.default_unit_amount ?? null,
      };
    case 'percentage':
      return {
        type: 'percentage',
        percentage: price.percentage,
        fixed_amount_per_event: price.fixed_amount_per_event ?? null,
        min_per_event: price.min_per_event ?? null,
        max_per_event: price.max_per_event ?? null,
      };
    default:
      return price;
  }
}

export function rateJson(row: RateRow): RateJson {
  return {
    id: row.id,
    object: 'rate',
    rate_card: row.rate_card_id,
    billable_item: row.billable_item_id,
    price: priceJson(row.price),
    from_version: row.from_version,
    to_version: row.to_version,
    created_at: row.created_at.toISOString(),
  };
}

export function intervalOf(row: {
  service_interval: Interval['unit'];
  service_interval_count: number;
}): Interval {
  return { unit: row.service_interval, count: row.service_interval_count };
}

/** JSON with object keys sorted: jsonb hands keys back in its own order. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([k, v]) => [k, canonical(v)]),
    );
  return value;
}

/** Whether two JSON values are equal regardless of key order (a re-sent identical price). */
export function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(canonical(a)) === JSON.stringify(canonical(b));
}
