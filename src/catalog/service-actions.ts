import type { Static } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { BillableItemService } from './billable-items.js';
import { currencyOf } from './currency.js';
import { sameJson } from './rate-card.js';
import { assertLookupKeyFree, bumpLatest, findByRef, liveVersionProblem, lockRow } from './refs.js';
import type { CreditGrantInput, ListOnly, ServiceActionCreate, ServiceActionUpdate } from './schemas.js';
import type { ServiceActionRow, ServiceActionVersionRow } from './service-action.js';
import type { StoredCreditGrant } from './tables.js';
import { versionExists } from './versions.js';
import './tables.js';

export interface ServiceActionView {
  readonly action: ServiceActionRow;
  readonly version: ServiceActionVersionRow;
}

/** Service actions: a credit grant issued every service interval. A new grant or interval is a new version. */
export interface ServiceActionService {
  create(input: Static<typeof ServiceActionCreate>): Promise<ServiceActionView>;
  update(ref: string, input: Static<typeof ServiceActionUpdate>): Promise<ServiceActionView>;
  get(ref: string, executor?: Executor, param?: string): Promise<ServiceActionRow>;
  version(ref: string, version?: number, executor?: Executor): Promise<ServiceActionView>;
  versions(ref: string): Promise<{ action: ServiceActionRow; versions: ServiceActionVersionRow[] }>;
  list(query: Static<typeof ListOnly>): Promise<ServiceActionView[]>;
}

export function createServiceActionService(
  ctx: ServiceContext,
  items: BillableItemService,
): ServiceActionService {
  async function get(ref: string, executor: Executor = ctx.db, param = 'service_action') {
    const row = await findByRef(executor, 'service_actions', ref);
    if (!row) throw notFound('service_action_not_found', 'service action', ref, param);
    return row;
  }

  async function version(ref: string, v?: number, executor: Executor = ctx.db): Promise<ServiceActionView> {
    const action = await get(ref, executor);
    const n = v ?? action.latest_version;
    if (!versionExists(n, action)) {
      throw new ApiError(
        'service_action_version_not_found',
        `Service action ${action.id} has no version ${n} (latest is ${action.latest_version}).`,
        { param: 'version' },
      );
    }
    const row = await executor
      .selectFrom('service_action_versions')
      .selectAll()
      .where('service_action_id', '=', action.id)
      .where('version', '=', n)
      .executeTakeFirstOrThrow();
    return { action, version: row };
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

  return {
    get,
    version,
    async create(input) {
      return ctx.db.transaction().execute(async (trx) => {
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
          .insertInto('service_action_versions')
          .values({
            service_action_id: action.id,
            version: 1,
            credit_grant: JSON.stringify(grant),
            service_interval: input.service_interval,
            service_interval_count: input.service_interval_count ?? 1,
            created_at: now,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        return { action, version: row };
      });
    },
    async update(ref, input) {
      return ctx.db.transaction().execute(async (trx) => {
        const { id } = await get(ref, trx, 'id');
        await lockRow(trx, 'service_actions', id);
        const { action, version: latest } = await version(id, undefined, trx);
        await assertLookupKeyFree(trx, 'service_actions', input.lookup_key, action.id);
        const now = ctx.clock.now();
        const next = {
          credit_grant: input.credit_grant
            ? await grantOf(input.credit_grant, trx, action.currency)
            : latest.credit_grant,
          service_interval: input.service_interval ?? latest.service_interval,
          service_interval_count: input.service_interval_count ?? latest.service_interval_count,
        };
        const changed =
          !sameJson(next.credit_grant, latest.credit_grant) ||
          next.service_interval !== latest.service_interval ||
          next.service_interval_count !== latest.service_interval_count;
        let latestVersion = action.latest_version;
        if (changed) {
          latestVersion = await bumpLatest(trx, 'service_actions', action.id, now);
          await trx
            .insertInto('service_action_versions')
            .values({
              service_action_id: action.id,
              version: latestVersion,
              ...next,
              credit_grant: JSON.stringify(next.credit_grant),
              created_at: now,
            })
            .execute();
        }
        const problem = liveVersionProblem(input.live_version, latestVersion);
        if (problem) throw problem;
        await trx
          .updateTable('service_actions')
          .set({
            ...(input.name !== undefined && { name: input.name }),
            ...(input.live_version !== undefined && { live_version: input.live_version }),
            ...(input.lookup_key !== undefined && { lookup_key: input.lookup_key }),
            ...(input.metadata !== undefined && {
              metadata: JSON.stringify({ ...action.metadata, ...input.metadata }),
            }),
            updated_at: now,
          })
          .where('id', '=', action.id)
          .execute();
        return version(action.id, undefined, trx);
      });
    },
    async versions(ref) {
      const action = await get(ref, ctx.db, 'id');
      const versions = await ctx.db
        .selectFrom('service_action_versions')
        .selectAll()
        .where('service_action_id', '=', action.id)
        .orderBy('version', 'desc')
        .execute();
      return { action, versions };
    },
    async list(query) {
      let q = ctx.db
        .selectFrom('service_actions')
        .selectAll()
        .orderBy('id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      const actions = await q.execute();
      return Promise.all(actions.map((a) => version(a.id, undefined, ctx.db)));
    },
  };
}
