import type { Selectable } from 'kysely';
import type { TaxRateInput } from '../core/billing/tax.js';
import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import type { CustomerTaxSettingsTable, TaxRatesTable } from './tables.js';
import './tables.js';

export type TaxRateRow = Selectable<TaxRatesTable>;
export type CustomerTaxRow = Selectable<CustomerTaxSettingsTable>;

export interface TaxRateCreate {
  display_name: string;
  percentage: string;
  inclusive: boolean;
  country?: string;
  description?: string;
  default?: boolean;
  metadata?: Record<string, string>;
}

export interface TaxRateUpdate {
  display_name?: string;
  description?: string;
  active?: boolean;
  default?: boolean;
  metadata?: Record<string, string>;
}

export interface TaxService {
  create(input: TaxRateCreate): Promise<TaxRateRow>;
  get(id: string, executor?: Executor): Promise<TaxRateRow>;
  update(id: string, input: TaxRateUpdate): Promise<TaxRateRow>;
  list(query: { limit?: number; starting_after?: string; active?: boolean }): Promise<TaxRateRow[]>;
  settingsFor(customerId: string, executor?: Executor): Promise<CustomerTaxRow>;
  setCustomerSettings(
    customerId: string,
    input: { tax_rates?: string[]; exempt?: boolean },
  ): Promise<CustomerTaxRow>;
  /** The rates an invoice of this customer carries: none if exempt, theirs if set, else the defaults. */
  ratesFor(executor: Executor, customerId: string): Promise<InvoiceTaxRate[]>;
  /** `ratesFor` for many customers in two queries (a worker batch). */
  ratesForMany(executor: Executor, customerIds: readonly string[]): Promise<Map<string, InvoiceTaxRate[]>>;
}

export type InvoiceTaxRate = TaxRateInput & { country: string | null };

/** The rates an invoice carries, from the active rates (by id) and the customer's settings. */
function chooseRates(
  active: readonly TaxRateRow[],
  settings: { exempt: boolean | null; chosen: string[] | null } | undefined,
): InvoiceTaxRate[] {
  if (settings?.exempt) return [];
  const chosen = settings?.chosen ?? [];
  const rates =
    chosen.length > 0 ? active.filter((r) => chosen.includes(r.id)) : active.filter((r) => r.is_default);
  return rates.map(toInput);
}

export function taxRateJson(row: TaxRateRow) {
  return {
    id: row.id,
    object: 'tax_rate' as const,
    display_name: row.display_name,
    percentage: new Decimal(row.percentage).toFixed(),
    inclusive: row.inclusive,
    country: row.country,
    description: row.description,
    active: row.active,
    default: row.is_default,
    metadata: row.metadata,
    created_at: row.created_at.toISOString(),
  };
}

export function customerTaxJson(row: CustomerTaxRow) {
  return {
    object: 'customer_tax_settings' as const,
    customer: row.customer_id,
    tax_rates: row.tax_rates,
    exempt: row.exempt,
  };
}

const toInput = (r: TaxRateRow) => ({
  id: r.id,
  displayName: r.display_name,
  percentage: new Decimal(r.percentage),
  inclusive: r.inclusive,
  country: r.country,
});

export function createTaxService(ctx: ServiceContext): TaxService {
  async function get(id: string, executor: Executor = ctx.db) {
    const row = await executor.selectFrom('tax_rates').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('tax_rate_not_found', 'tax rate', id);
    return row;
  }
  async function settingsFor(customerId: string, executor: Executor = ctx.db): Promise<CustomerTaxRow> {
    const row = await executor
      .selectFrom('customer_tax_settings')
      .selectAll()
      .where('customer_id', '=', customerId)
      .executeTakeFirst();
    return row ?? { customer_id: customerId, tax_rates: [], exempt: false, updated_at: ctx.clock.now() };
  }
  return {
    get,
    settingsFor,
    async create(input) {
      const pct = new Decimal(input.percentage);
      if (pct.gt(100))
        throw new ApiError('parameter_invalid', 'percentage must be between 0 and 100.', {
          param: 'percentage',
        });
      return ctx.db
        .insertInto('tax_rates')
        .values({
          id: newId('txr'),
          display_name: input.display_name,
          percentage: pct.toFixed(),
          inclusive: input.inclusive,
          country: input.country ?? null,
          description: input.description ?? null,
          active: true,
          is_default: input.default ?? false,
          metadata: JSON.stringify(input.metadata ?? {}),
          created_at: ctx.clock.now(),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async update(id, input) {
      return ctx.db.transaction().execute(async (trx) => {
        const current = await get(id, trx);
        return trx
          .updateTable('tax_rates')
          .set({
            ...(input.display_name !== undefined && { display_name: input.display_name }),
            ...(input.description !== undefined && { description: input.description }),
            ...(input.active !== undefined && { active: input.active }),
            ...(input.default !== undefined && { is_default: input.default }),
            ...(input.metadata !== undefined && {
              metadata: JSON.stringify({ ...current.metadata, ...input.metadata }),
            }),
          })
          .where('id', '=', id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
    async list(query) {
      const limit = query.limit ?? 10;
      let q = ctx.db
        .selectFrom('tax_rates')
        .selectAll()
        .orderBy('id', 'desc')
        .limit(limit + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.active !== undefined) q = q.where('active', '=', query.active);
      return q.execute();
    },
    async setCustomerSettings(customerId, input) {
      return ctx.db.transaction().execute(async (trx) => {
        for (const id of input.tax_rates ?? []) await get(id, trx);
        const current = await settingsFor(customerId, trx);
        const values = {
          customer_id: customerId,
          tax_rates: JSON.stringify(input.tax_rates ?? current.tax_rates),
          exempt: input.exempt ?? current.exempt,
          updated_at: ctx.clock.now(),
        };
        return trx
          .insertInto('customer_tax_settings')
          .values(values)
          .onConflict((oc) => oc.column('customer_id').doUpdateSet(values))
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    },
    async ratesFor(executor, customerId) {
      // One query per invoice: every active rate (a short list) with the customer's settings.
      const rows = await executor
        .selectFrom('tax_rates as r')
        .leftJoin('customer_tax_settings as s', (join) => join.on('s.customer_id', '=', customerId))
        .selectAll('r')
        .select(['s.exempt', 's.tax_rates as chosen'])
        .where('r.active', '=', true)
        .orderBy('r.id')
        .execute();
      const first = rows[0];
      return first ? chooseRates(rows, { exempt: first.exempt, chosen: first.chosen }) : [];
    },
    async ratesForMany(executor, customerIds) {
      const ids = [...new Set(customerIds)];
      const active = await executor
        .selectFrom('tax_rates')
        .selectAll()
        .where('active', '=', true)
        .orderBy('id')
        .execute();
      const settings =
        ids.length === 0
          ? []
          : await executor
              .selectFrom('customer_tax_settings')
              .select(['customer_id', 'exempt', 'tax_rates as chosen'])
              .where('customer_id', 'in', ids)
              .execute();
      const of = new Map(settings.map((s) => [s.customer_id, s]));
      return new Map(ids.map((id) => [id, chooseRates(active, of.get(id))]));
    },
  };
}
