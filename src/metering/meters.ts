import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { MeterRow } from './meter.js';
import type { Formula, MeterStatus } from './tables.js';
import './tables.js';

export interface MeterInput {
  event_name: string;
  display_name?: string | undefined;
  formula: Formula;
  customer_key?: string | undefined;
  value_key?: string | undefined;
  dimension_keys?: readonly string[] | undefined;
}

/** A meter as both APIs send it (Tariff's JSON and Stripe's form share the field names). */
export interface MeterBody {
  event_name: string;
  display_name?: string | undefined;
  default_aggregation: { formula: Formula };
  customer_mapping?: { event_payload_key: string } | undefined;
  value_settings?: { event_payload_key: string } | undefined;
  dimension_payload_keys?: readonly string[] | undefined;
}

export function meterInput(body: MeterBody, defaultCustomerKey = 'customer'): MeterInput {
  return {
    event_name: body.event_name,
    display_name: body.display_name,
    formula: body.default_aggregation.formula,
    customer_key: body.customer_mapping?.event_payload_key ?? defaultCustomerKey,
    value_key: body.value_settings?.event_payload_key,
    dimension_keys: body.dimension_payload_keys,
  };
}

export interface MeterStore {
  create(input: MeterInput): Promise<MeterRow>;
  /** By id or event_name; throws `meter_not_found`. */
  get(ref: string, executor?: Executor): Promise<MeterRow>;
  find(ref: string, executor?: Executor): Promise<MeterRow | undefined>;
  list(query: { limit?: number; starting_after?: string; status?: MeterStatus }): Promise<MeterRow[]>;
  rename(ref: string, displayName: string): Promise<MeterRow>;
  setStatus(ref: string, status: MeterStatus): Promise<MeterRow>;
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === 'object' && error !== null && (error as { code?: string }).code === '23505';
}

function meterExists(existing: MeterRow): ApiError {
  return new ApiError(
    'meter_exists',
    `A meter for event_name '${existing.event_name}' already exists: ${existing.id}.`,
    { param: 'event_name', extra: { existing: existing.id } },
  );
}

export function createMeterStore(ctx: ServiceContext): MeterStore {
  async function find(ref: string, executor: Executor = ctx.db) {
    const column = ref.startsWith('mtr_') ? 'id' : 'event_name';
    return executor.selectFrom('meters').selectAll().where(column, '=', ref).executeTakeFirst();
  }
  async function get(ref: string, executor?: Executor) {
    const row = await find(ref, executor);
    if (!row) throw notFound('meter_not_found', 'meter', ref, 'meter');
    return row;
  }
  async function update(
    ref: string,
    patch: Partial<Pick<MeterRow, 'display_name' | 'status' | 'deactivated_at'>>,
  ) {
    const current = await get(ref);
    return ctx.db
      .updateTable('meters')
      .set({ ...patch, updated_at: ctx.clock.now() })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  return {
    find,
    get,
    async create(input) {
      const existing = await find(input.event_name);
      if (existing) throw meterExists(existing);
      const now = ctx.clock.now();
      try {
        return await ctx.db
          .insertInto('meters')
          .values({
            id: newId('mtr'),
            event_name: input.event_name,
            display_name: input.display_name ?? input.event_name,
            formula: input.formula,
            customer_key: input.customer_key ?? 'customer',
            value_key: input.value_key ?? 'value',
            dimension_keys: JSON.stringify(input.dimension_keys ?? []),
            status: 'active',
            deactivated_at: null,
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
      } catch (error) {
        // Two concurrent creates: the unique index on event_name decides, the loser gets the 409.
        const winner = isUniqueViolation(error) ? await find(input.event_name) : undefined;
        if (winner) throw meterExists(winner);
        throw error;
      }
    },
    async list(query) {
      const limit = query.limit ?? 10;
      let q = ctx.db
        .selectFrom('meters')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.status) q = q.where('status', '=', query.status);
      return q.execute();
    },
    rename: (ref, displayName) => update(ref, { display_name: displayName }),
    setStatus: (ref, status) =>
      update(ref, { status, deactivated_at: status === 'inactive' ? ctx.clock.now() : null }),
  };
}
