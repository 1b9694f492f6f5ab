import type { Static } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { BillableItemService } from './billable-items.js';
import { currencyOf } from './currency.js';
import { newParent } from './parents.js';
import { sameJson } from './rate-card.js';
import { assertLookupKeyFree, guardLookupKey } from './refs.js';
import type { CreditGrantInput, ServiceActionCreate, ServiceActionUpdate } from './schemas.js';
import type { ServiceActionRow, ServiceActionVersionRow, ServiceActionView } from './service-action.js';
import type { StoredCreditGrant } from './tables.js';
import type { VersionedService } from './versioned.js';
import * as versioned from './versioned.js';
import './tables.js';

/** Service actions: a credit grant issued every service interval. A new grant or interval is a new version. */
export type ServiceActionService = VersionedService<Create, Update, ServiceActionRow, ServiceActionView, All>;
type Create = Static<typeof ServiceActionCreate>;
type Update = Static<typeof ServiceActionUpdate>;
type All = { action: ServiceActionRow; versions: ServiceActionVersionRow[] };

type Terms = Pick<ServiceActionVersionRow, 'credit_grant' | 'service_interval' | 'service_interval_count'>;

export function createServiceActionService(
  ctx: ServiceContext,
  items: BillableItemService,
): ServiceActionService {
  const get = (ref: string, executor: Executor = ctx.db, param = 'service_action') =>
    versioned.getParent(executor, 'service_actions', ref, param);

  async function version(ref: string, v?: number, executor: Executor = ctx.db): Promise<ServiceActionView> {
    const action = await get(ref, executor);
    return { action, version: await versioned.versionRow(executor, 'service_actions', action, v) };
  }

  /** Normalises the grant; items named in applicability must exist (stored by id). */
  async function grantOf(
    input: Static<typeof CreditGrantInput>,
    trx: Executor,
    currency?: string,
  ): Promise<StoredCreditGrant> {
    const amountCurrency = currencyOf(input.amount.currency, 'credit_grant[amount][currency]');
    if (currency !== undefined && amountCurrency !== currency) {
      throw new ApiError(
        'currency_mismatch',
        `This service action grants ${currency}, not ${amountCurrency}.`,
        {
          param: 'credit_grant[amount][currency]',
        },
      );
    }
    const applicability = input.applicability ?? { scope: 'metered' as const };
    let scoped: StoredCreditGrant['applicability'] = { scope: 'metered' };
    if ('billable_items' in applicability) {
      const ids: string[] = [];
      // One query at a time: PGlite runs a transaction on a single connection.
      for (const [i, ref] of applicability.billable_items.entries())
        ids.push((await items.get(ref, trx, `credit_grant[applicability][billable_items][${i}]`)).id);
      scoped = { billable_items: [...new Set(ids)] };
    }
    return {
      amount: new Decimal(input.amount.value).toFixed(),
      currency: amountCurrency,
      category: input.category ?? 'promotional',
      applicability: scoped,
      priority: input.priority ?? 50,
    };
  }

  /** The grant is stored as JSON text (jsonb), like every jsonb value. */
  const stored = (terms: Terms) => ({ ...terms, credit_grant: JSON.stringify(terms.credit_grant) });

  return {
    get,
    version,
    async create(input) {
      return guardLookupKey(ctx.db, 'service_actions', input.lookup_key, () =>
        ctx.db.transaction().execute(async (trx) => {
          const grant = await grantOf(input.credit_grant, trx);
          await assertLookupKeyFree(trx, 'service_actions', input.lookup_key);
          const now = ctx.clock.now();
          const action = await trx
            .insertInto('service_actions')
            .values({
              id: newId('sa'),
              name: input.name ?? `Credit grant of ${grant.amount} ${grant.currency}`,
              type: 'credit_grant',
              currency: grant.currency,
              ...newParent(input, now),
            })
            .returningAll()
            .executeTakeFirstOrThrow();
          const terms = {
            credit_grant: grant,
            service_interval: input.service_interval,
            service_interval_count: input.service_interval_count ?? 1,
          };
          return {
            action,
            version: await versioned.insertVersion(trx, 'service_actions', action.id, 1, stored(terms), now),
          };
        }),
      );
    },
    update: (ref, input) =>
      versioned.updateVersioned(
        ctx.db,
        'service_actions',
        ref,
        input,
        ctx.clock.now(),
        async (action, latest, trx) => {
          const next: Terms = {
            credit_grant: input.credit_grant
              ? await grantOf(input.credit_grant, trx, action.currency)
              : latest.credit_grant,
            ...versioned.nextInterval(input, latest),
          };
          const changed =
            !sameJson(next.credit_grant, latest.credit_grant) ||
            next.service_interval !== latest.service_interval ||
            next.service_interval_count !== latest.service_interval_count;
          return { terms: stored(next), changed };
        },
        (id, trx) => version(id, undefined, trx),
      ),
    async versions(ref) {
      const action = await get(ref, ctx.db, 'id');
      return { action, versions: await versioned.versionRows(ctx.db, 'service_actions', action.id) };
    },
    list: (query) => versioned.listViews(ctx.db, 'service_actions', query, (id) => version(id)),
  };
}
