import type { Static } from 'typebox';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { newId } from '../shared/ids.js';
import { currencyOf } from './currency.js';
import { editParent, listParents, newParent } from './parents.js';
import type { RateCardRow, RateRow } from './rate-card.js';
import { assertLookupKeyFree, guardLookupKey } from './refs.js';
import type { ListOnly, RateCardCreate, VersionedUpdate } from './schemas.js';
import { getParent, insertVersion, versionRow, versionRows } from './versioned.js';
import { membersAt } from './versions.js';
import './tables.js';

export interface RateCardVersion {
  readonly version: number;
  readonly created_at: Date;
  readonly rates: readonly RateRow[];
}

export interface RateCardService {
  create(input: Static<typeof RateCardCreate>): Promise<RateCardRow>;
  update(ref: string, input: Static<typeof VersionedUpdate>): Promise<RateCardRow>;
  get(ref: string, executor?: Executor, param?: string): Promise<RateCardRow>;
  list(query: Static<typeof ListOnly>): Promise<RateCardRow[]>;
  /** The rates of one version (default latest); throws `rate_card_version_not_found`. */
  ratesAt(
    ref: string,
    version?: number,
    executor?: Executor,
  ): Promise<{ card: RateCardRow; version: RateCardVersion }>;
  versions(ref: string): Promise<{ card: RateCardRow; versions: RateCardVersion[] }>;
}

/** Every rate row of a card, across all its versions. */
export async function allRates(ex: Executor, cardId: string): Promise<RateRow[]> {
  return ex
    .selectFrom('rates')
    .selectAll()
    .where('rate_card_id', '=', cardId)
    .orderBy('id')
    .orderBy('from_version')
    .execute();
}
export function createRateCardService(ctx: ServiceContext): RateCardService {
  const get = (ref: string, executor: Executor = ctx.db, param = 'rate_card') =>
    getParent(executor, 'rate_cards', ref, param);

  return {
    get,
    async create(input) {
      const currency = currencyOf(input.currency);
      return guardLookupKey(ctx.db, 'rate_cards', input.lookup_key, () =>
        ctx.db.transaction().execute(async (trx) => {
          await assertLookupKeyFree(trx, 'rate_cards', input.lookup_key);
          const now = ctx.clock.now();
          const row = await trx
            .insertInto('rate_cards')
            .values({
              id: newId('rc'),
              name: input.name,
              currency,
              service_interval: input.service_interval,
              service_interval_count: input.service_interval_count ?? 1,
              ...newParent(input, now),
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          await insertVersion(trx, 'rate_cards', row.id, 1, {}, now);
          return row;
        }),
      );
    },
    async update(ref, input) {
      return ctx.db.transaction().execute(async (trx) => {
        const current = await get(ref, trx, 'id');
        await editParent(trx, 'rate_cards', current, input, ctx.clock.now());
        return get(current.id, trx);
      });
    },
    async list(query) {
      return listParents(ctx.db, 'rate_cards', query);
    },
    async ratesAt(ref, version, executor = ctx.db) {
      const card = await get(ref, executor, 'rate_card');
      const v = version ?? card.latest_version;
      const row = await versionRow(executor, 'rate_cards', card, v);
      return {
        card,
        version: {
          version: v,
          created_at: row.created_at,
          rates: membersAt(await allRates(executor, card.id), v),
        },
      };
    },
    async versions(ref) {
      const card = await get(ref, ctx.db, 'id');
      const [rows, rates] = await Promise.all([
        versionRows(ctx.db, 'rate_cards', card.id),
        allRates(ctx.db, card.id),
      ]);
      return {
        card,
        versions: rows.map((r) => ({
          version: r.version,
          created_at: r.created_at,
          rates: membersAt(rates, r.version),
        })),
      };
    },
  };
}
