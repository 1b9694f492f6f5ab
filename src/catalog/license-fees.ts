import type { Static } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { BillableItemService } from './billable-items.js';
import { currencyOf } from './currency.js';
import type { LicenseFeeRow, LicenseFeeVersionRow, LicenseFeeView } from './license-fee.js';
import { newParent } from './parents.js';
import { assertLookupKeyFree, guardLookupKey } from './refs.js';
import type { LicenseFeeCreate, LicenseFeeUpdate } from './schemas.js';
import type { VersionedService } from './versioned.js';
import * as versioned from './versioned.js';
import './tables.js';

/** License fees: a fixed amount per unit per service interval. A new price or interval is a new version. */
export type LicenseFeeService = VersionedService<Create, Update, LicenseFeeRow, LicenseFeeView, All>;
type Create = Static<typeof LicenseFeeCreate>;
type Update = Static<typeof LicenseFeeUpdate>;
type All = { fee: LicenseFeeRow; versions: LicenseFeeVersionRow[] };

type Terms = Pick<LicenseFeeVersionRow, 'unit_amount' | 'service_interval' | 'service_interval_count'>;

function sameTerms(a: Terms, b: Terms): boolean {
  return (
    new Decimal(a.unit_amount).equals(b.unit_amount) &&
    a.service_interval === b.service_interval &&
    a.service_interval_count === b.service_interval_count
  );
}

export function createLicenseFeeService(ctx: ServiceContext, items: BillableItemService): LicenseFeeService {
  const get = (ref: string, executor: Executor = ctx.db, param = 'license_fee') =>
    versioned.getParent(executor, 'license_fees', ref, param);

  async function version(ref: string, v?: number, executor: Executor = ctx.db): Promise<LicenseFeeView> {
    const fee = await get(ref, executor);
    return { fee, version: await versioned.versionRow(executor, 'license_fees', fee, v) };
  }

  return {
    get,
    version,
    async create(input) {
      const currency = currencyOf(input.currency);
      return guardLookupKey(ctx.db, 'license_fees', input.lookup_key, () =>
        ctx.db.transaction().execute(async (trx) => {
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
              ...newParent(input, now),
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          const terms: Terms = {
            unit_amount: new Decimal(input.unit_amount).toFixed(),
            service_interval: input.service_interval,
            service_interval_count: input.service_interval_count ?? 1,
          };
          return { fee, version: await versioned.insertVersion(trx, 'license_fees', fee.id, 1, terms, now) };
        }),
      );
    },
    update: (ref, input) =>
      versioned.updateVersioned(
        ctx.db,
        'license_fees',
        ref,
        input,
        ctx.clock.now(),
        async (_, latest) => {
          const terms: Terms = {
            unit_amount: new Decimal(input.unit_amount ?? latest.unit_amount).toFixed(),
            ...versioned.nextInterval(input, latest),
          };
          return { terms, changed: !sameTerms(terms, latest) };
        },
        (id, trx) => version(id, undefined, trx),
      ),
    async versions(ref) {
      const fee = await get(ref, ctx.db, 'id');
      return { fee, versions: await versioned.versionRows(ctx.db, 'license_fees', fee.id) };
    },
    list: (query) => versioned.listViews(ctx.db, 'license_fees', query, (id) => version(id)),
  };
}
