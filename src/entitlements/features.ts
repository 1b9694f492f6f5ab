import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { FeatureCreate, FeatureListQuery } from './schemas.js';
import type { FeaturesTable } from './tables.js';
import './tables.js';

export type FeatureRow = Selectable<FeaturesTable>;

export function featureJson(row: FeatureRow) {
  return {
    id: row.id,
    object: 'feature' as const,
    key: row.key,
    name: row.name,
    type: row.type,
    meter: row.meter_id,
    meter_filter: row.meter_filter,
    status: row.status,
    created_at: row.created_at.toISOString(),
  };
}

/** Resolves a meter reference (id or event_name) to its id; throws `meter_not_found`. */
export type MeterRef = (ref: string) => Promise<{ id: string; dimension_keys: readonly string[] }>;

export function createFeatureStore(ctx: ServiceContext, meterOf: MeterRef) {
  async function find(ref: string, executor: Executor = ctx.db) {
    return executor
      .selectFrom('features')
      .selectAll()
      .where((eb) => eb.or([eb('id', '=', ref), eb('key', '=', ref)]))
      .executeTakeFirst();
  }
  async function get(ref: string, executor?: Executor): Promise<FeatureRow> {
    const row = await find(ref, executor);
    if (!row) throw notFound('feature_not_found', 'feature', ref, 'feature');
    return row;
  }
  return {
    find,
    get,
    async create(body: Static<typeof FeatureCreate>): Promise<FeatureRow> {
      if (body.type === 'metered' && body.meter === undefined)
        throw new ApiError('parameter_missing', 'A metered feature needs a meter.', { param: 'meter' });
      if (body.type !== 'metered' && (body.meter !== undefined || body.meter_filter !== undefined))
        throw new ApiError('parameter_invalid', 'Only a metered feature has a meter.', { param: 'meter' });
      const meter = body.meter === undefined ? null : await meterOf(body.meter);
      for (const key of Object.keys(body.meter_filter ?? {}))
        if (!meter?.dimension_keys.includes(key))
          throw new ApiError('parameter_invalid', `The meter has no dimension '${key}'.`, {
            param: `meter_filter[${key}]`,
          });
      if (await find(body.key))
        throw new ApiError('feature_exists', `A feature '${body.key}' exists.`, { param: 'key' });
      return ctx.db
        .insertInto('features')
        .values({
          id: newId('feat'),
          key: body.key,
          name: body.name,
          type: body.type,
          meter_id: meter?.id ?? null,
          meter_filter: JSON.stringify(body.meter_filter ?? null),
          status: 'active',
          created_at: ctx.clock.now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async list(query: Static<typeof FeatureListQuery>) {
      let q = ctx.db
        .selectFrom('features')
        .selectAll()
        .orderBy('id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      return q.execute();
    },
    async archive(ref: string) {
      const row = await get(ref);
      return ctx.db
        .updateTable('features')
        .set({ status: 'archived' })
        .where('id', '=', row.id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
  };
}

export type FeatureStore = ReturnType<typeof createFeatureStore>;
