import type { Static } from 'typebox';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { BillableItemRow } from './billable-item.js';
import { assertLookupKeyFree, findByRef, guardLookupKey } from './refs.js';
import type { BillableItemCreate, BillableItemListQuery, BillableItemUpdate } from './schemas.js';
import './tables.js';

/** What the catalog needs to know of a meter (metering's `meters.get`: by id or event_name). */
export interface MeterRef {
  readonly id: string;
  readonly dimension_keys: readonly string[];
  /** The meter's formula: a percentage price is of an amount a `sum` meter adds up. */
  readonly formula: string;
}
export type GetMeter = (ref: string, executor?: Executor) => Promise<MeterRef>;

export interface BillableItemService {
  create(input: Static<typeof BillableItemCreate>, executor?: Executor): Promise<BillableItemRow>;
  update(ref: string, input: Static<typeof BillableItemUpdate>): Promise<BillableItemRow>;
  /** By id or lookup_key; throws `billable_item_not_found` (param defaults to `billable_item`). */
  get(ref: string, executor?: Executor, param?: string): Promise<BillableItemRow>;
  /** Rows for ids (missing ids are left out), keyed by id. */
  getMany(ids: readonly string[], executor?: Executor): Promise<Map<string, BillableItemRow>>;
  list(query: Static<typeof BillableItemListQuery>): Promise<BillableItemRow[]>;
}

async function meterFields(
  input: Static<typeof BillableItemCreate>,
  getMeter: GetMeter,
  executor: Executor,
): Promise<{ meter_id: string | null; meter_filter: string | null }> {
  if (input.type === 'licensed') {
    const stray =
      input.meter !== undefined ? 'meter' : input.meter_filter !== undefined ? 'meter_filter' : null;
    if (stray) throw new ApiError('parameter_invalid', `A licensed item has no ${stray}.`, { param: stray });
    return { meter_id: null, meter_filter: null };
  }
  if (input.meter === undefined)
    throw new ApiError('parameter_missing', 'A metered item needs a meter.', { param: 'meter' });
  const meter = await getMeter(input.meter, executor);
  const filter = input.meter_filter ?? null;
  if (filter && meter.dimension_keys.length > 0) {
    const unknown = Object.keys(filter).find((k) => !meter.dimension_keys.includes(k));
    if (unknown !== undefined) {
      throw new ApiError(
        'parameter_invalid',
        `Meter ${meter.id} has no dimension '${unknown}' (it has: ${meter.dimension_keys.join(', ')}).`,
        { param: `meter_filter[${unknown}]` },
      );
    }
  }
  return { meter_id: meter.id, meter_filter: filter && JSON.stringify(filter) };
}

export function createBillableItemService(ctx: ServiceContext, getMeter: GetMeter): BillableItemService {
  async function get(ref: string, executor: Executor = ctx.db, param = 'billable_item') {
    const row = await findByRef(executor, 'billable_items', ref);
    if (!row) throw notFound('billable_item_not_found', 'billable item', ref, param);
    return row;
  }

  async function create(input: Static<typeof BillableItemCreate>, trx: Executor) {
    await assertLookupKeyFree(trx, 'billable_items', input.lookup_key);
    const now = ctx.clock.now();
    return trx
      .insertInto('billable_items')
      .values({
        id: newId('bi'),
        type: input.type,
        name: input.name,
        unit_label: input.unit_label ?? null,
        lookup_key: input.lookup_key ?? null,
        ...(await meterFields(input, getMeter, trx)),
        metadata: JSON.stringify(input.metadata ?? {}),
        created_at: now,
        updated_at: now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
  }

  return {
    get,
    async create(input, executor) {
      if (executor) return create(input, executor);
      return guardLookupKey(ctx.db, 'billable_items', input.lookup_key, () =>
        ctx.db.transaction().execute((trx) => create(input, trx)),
      );
    },
    async update(ref, input) {
      return ctx.db.transaction().execute(async (trx) => {
        const current = await get(ref, trx, 'id');
        await assertLookupKeyFree(trx, 'billable_items', input.lookup_key, current.id);
        return trx
          .updateTable('billable_items')
          .set({
            ...(input.name !== undefined && { name: input.name }),
            ...(input.unit_label !== undefined && { unit_label: input.unit_label }),
            ...(input.lookup_key !== undefined && { lookup_key: input.lookup_key }),
            ...(input.metadata !== undefined && {
              metadata: JSON.stringify({ ...current.metadata, ...input.metadata }),
            }),
            updated_at: ctx.clock.now(),
          })
          .where('id', '=', current.id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
    async getMany(ids, executor = ctx.db) {
      const unique = [...new Set(ids)];
      if (unique.length === 0) return new Map();
      const rows = await executor
        .selectFrom('billable_items')
        .selectAll()
        .where('id', 'in', unique)
        .execute();
      return new Map(rows.map((r) => [r.id, r]));
    },
    async list(query) {
      let q = ctx.db
        .selectFrom('billable_items')
        .selectAll()
        .orderBy('id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.type) q = q.where('type', '=', query.type);
      if (query.lookup_key) q = q.where('lookup_key', '=', query.lookup_key);
      if (query.meter) q = q.where('meter_id', '=', query.meter);
      return q.execute();
    },
  };
}
