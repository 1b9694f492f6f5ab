import type { Static } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { BillableItemService } from './billable-items.js';
import { currencyOf } from './currency.js';
import type { LicenseFeeRow, LicenseFeeVersionRow } from './license-fee.js';
import { assertLookupKeyFree, bumpLatest, findByRef, liveVersionProblem, lockRow } from './refs.js';
import type { LicenseFeeCreate, LicenseFeeUpdate, ListOnly } from './schemas.js';
import { versionExists } from './versions.js';
import './tables.js';

export interface LicenseFeeView {
  readonly fee: LicenseFeeRow;
  readonly version: LicenseFeeVersionRow;
}

/** License fees: a fixed amount per unit per service interval. A new price or interval is a new version. */
export interface LicenseFeeService {
  create(input: Static<typeof LicenseFeeCreate>): Promise<LicenseFeeView>;
  update(ref: string, input: Static<typeof LicenseFeeUpdate>): Promise<LicenseFeeView>;
  get(ref: string, executor?: Executor, param?: string): Promise<LicenseFeeRow>;
  /** One version (default latest); throws `license_fee_version_not_found`. */
  version(ref: string, version?: number, executor?: Executor): Promise<LicenseFeeView>;
  versions(ref: string): Promise<{ fee: LicenseFeeRow; versions: LicenseFeeVersionRow[] }>;
  list(query: Static<typeof ListOnly>): Promise<LicenseFeeView[]>;
}

export function createLicenseFeeService(ctx: ServiceContext, items: BillableItemService): LicenseFeeService {
  async function get(ref: string, executor: Executor = ctx.db, param = 'license_fee') {
    const row = await findByRef(executor, 'license_fees', ref);
    if (!row) throw notFound('license_fee_not_found', 'license fee', ref, param);
    return row;
  }

  async function version(ref: string, v?: number, executor: Executor = ctx.db): Promise<LicenseFeeView> {
    const fee = await get(ref, executor);
    const n = v ?? fee.latest_version;
    if (!versionExists(n, fee)) {
      throw new ApiError(
        'license_fee_version_not_found',
        `License fee ${fee.id} has no version ${n} (latest is ${fee.latest_version}).`,
        { param: 'version' },
      );
    }
    const row = await executor
      .selectFrom('license_fee_versions')
      .selectAll()
      .where('license_fee_id', '=', fee.id)
      .where('version', '=', n)
      .executeTakeFirstOrThrow();
    return { fee, version: row };
  }

  return {
    get,
    version,
    async create(input) {
      const currency = currencyOf(input.currency);
      return ctx.db.transaction().execute(async (trx) => {
        const item = await items.get(input.licensed_item, trx, 'licensed_item');
        if (item.type !== 'licensed') {
          throw new ApiError(
            'billable_item_type_mismatch',
            `A license fee charges a licensed item; ${item.id} is metered (give it a rate on a rate card).`,
            { param: 'licensed_item' },
          );
        }
        await assertLookupKeyFree(trx, 'license_fees', input.lookup_key);
        const now = ctx.clock.now();
        const fee = await trx
          .insertInto('license_fees')
          .values({
            id: newId('lf'),
            name: input.name ?? item.name,
            licensed_item_id: item.id,
            currency,
            lookup_key: input.lookup_key ?? null,
            latest_version: 1,
            live_version: 1,
            metadata: JSON.stringify(input.metadata ?? {}),
            created_at: now,
            updated_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const row = await trx
          .insertInto('license_fee_versions')
          .values({
            license_fee_id: fee.id,
            version: 1,
            unit_amount: new Decimal(input.unit_amount).toFixed(),
            service_interval: input.service_interval,
            service_interval_count: input.service_interval_count ?? 1,
            created_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { fee, version: row };
      });
    },
    async update(ref, input) {
      return ctx.db.transaction().execute(async (trx) => {
        const { id } = await get(ref, trx, 'id');
        await lockRow(trx, 'license_fees', id);
        const { fee, version: latest } = await version(id, undefined, trx);
        await assertLookupKeyFree(trx, 'license_fees', input.lookup_key, fee.id);
        const now = ctx.clock.now();
        const next = {
          unit_amount:
            input.unit_amount === undefined ? latest.unit_amount : new Decimal(input.unit_amount).toFixed(),
          service_interval: input.service_interval ?? latest.service_interval,
          service_interval_count: input.service_interval_count ?? latest.service_interval_count,
        };
        const changed =
          !new Decimal(next.unit_amount).equals(latest.unit_amount) ||
          next.service_interval !== latest.service_interval ||
          next.service_interval_count !== latest.service_interval_count;
        let latestVersion = fee.latest_version;
        if (changed) {
          latestVersion = await bumpLatest(trx, 'license_fees', fee.id, now);
          await trx
            .insertInto('license_fee_versions')
            .values({ license_fee_id: fee.id, version: latestVersion, ...next, created_at: now })
            .execute();
        }
        const problem = liveVersionProblem(input.live_version, latestVersion);
        if (problem) throw problem;
        await trx
          .updateTable('license_fees')
          .set({
            ...(input.name !== undefined && { name: input.name }),
            ...(input.live_version !== undefined && { live_version: input.live_version }),
            ...(input.lookup_key !== undefined && { lookup_key: input.lookup_key }),
            ...(input.metadata !== undefined && {
              metadata: JSON.stringify({ ...fee.metadata, ...input.metadata }),
            }),
            updated_at: now,
          })
          .where('id', '=', fee.id)
          .execute();
        return version(fee.id, undefined, trx);
      });
    },
    async versions(ref) {
      const fee = await get(ref, ctx.db, 'id');
      const versions = await ctx.db
        .selectFrom('license_fee_versions')
        .selectAll()
        .where('license_fee_id', '=', fee.id)
        .orderBy('version', 'desc')
        .execute();
      return { fee, versions };
    },
    async list(query) {
      let q = ctx.db
        .selectFrom('license_fees')
        .innerJoin('license_fee_versions as v', (j) =>
          j
            .onRef('v.license_fee_id', '=', 'license_fees.id')
            .onRef('v.version', '=', 'license_fees.latest_version'),
        )
        .selectAll('license_fees')
        .select([
          'v.unit_amount',
          'v.service_interval',
          'v.service_interval_count',
          'v.created_at as v_created_at',
        ])
        .orderBy('license_fees.id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('license_fees.id', '<', query.starting_after);
      const rows = await q.execute();
      return rows.map(({ unit_amount, service_interval, service_interval_count, v_created_at, ...fee }) => ({
        fee,
        version: {
          license_fee_id: fee.id,
          version: fee.latest_version,
          unit_amount,
          service_interval,
          service_interval_count,
          created_at: v_created_at,
        },
      }));
    },
  };
}
