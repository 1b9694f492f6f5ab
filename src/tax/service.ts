import { Decimal } from '../core/money/decimal.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { type AddressesOf, applicableRates, type TaxAddress, type TaxWarning } from './applicable-rates.js';
import type { CustomerTaxRow, InvoiceTaxRate, TaxRateCreate, TaxRateRow, TaxRateUpdate } from './tax-rate.js';
import './tables.js';

// What the routes and the invoice assembly import from here.
export type { AddressesOf, TaxAddress, TaxWarning } from './applicable-rates.js';
export {
  type CustomerTaxRow,
  customerTaxJson,
  type InvoiceTaxRate,
  type TaxRateCreate,
  type TaxRateRow,
  type TaxRateUpdate,
  taxRateJson,
} from './tax-rate.js';

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
  /**
   * The rates an invoice of this customer carries: none if exempt, theirs if set, else the
   * default rates of the jurisdiction of their billing address.
   */
  ratesFor(executor: Executor, customerId: string): Promise<InvoiceTaxRate[]>;
  /** `ratesFor` with what the customer should know about it (shown on the upcoming invoice). */
  resolve(
    executor: Executor,
    customerId: string,
  ): Promise<{ rates: InvoiceTaxRate[]; warnings: TaxWarning[] }>;
  /** `ratesFor` for many customers in two queries (a worker batch). */
  ratesForMany(executor: Executor, customerIds: readonly string[]): Promise<Map<string, InvoiceTaxRate[]>>;
}

/**
 * Every new rate has a jurisdiction; a rate from before jurisdictions (no country) can stay as a
 * customer's own rate but cannot become a default without one.
 */
function needsCountry(needed: boolean, country: string | null | undefined): void {
  if (needed && !country)
    throw new ApiError(
      'parameter_missing',
      'A tax rate needs a jurisdiction: give its country (and state, for a state rate). A default rate applies only to customers whose billing address is there.',
      { param: 'country' },
    );
}

/**
 * `addressesOf` reads customers' billing addresses (through the customers service: slices never
 * read each other's tables); without it no customer has an address, so no default rate applies.
 */
export function createTaxService(ctx: ServiceContext, addressesOf?: AddressesOf): TaxService {
  const addresses = async (ids: readonly string[], executor: Executor) =>
    addressesOf && ids.length > 0 ? addressesOf(ids, executor) : new Map<string, TaxAddress | undefined>();
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
  async function resolve(
    executor: Executor,
    customerId: string,
  ): Promise<{ rates: InvoiceTaxRate[]; warnings: TaxWarning[] }> {
    // Every active rate (a short list) with the customer's settings, and their address.
    const rows = await executor
      .selectFrom('tax_rates as r')
      .leftJoin('customer_tax_settings as s', (join) => join.on('s.customer_id', '=', customerId))
      .selectAll('r')
      .select(['s.exempt', 's.tax_rates as chosen'])
      .where('r.active', '=', true)
      .orderBy('r.id')
      .execute();
    const first = rows[0];
    if (!first) return { rates: [], warnings: [] };
    const settings = { exempt: first.exempt, chosen: first.chosen };
    const needsAddress = !first.exempt && (first.chosen ?? []).length === 0 && rows.some((r) => r.is_default);
    const address = needsAddress ? (await addresses([customerId], executor)).get(customerId) : undefined;
    return applicableRates(rows, settings, address);
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
      needsCountry(true, input.country);
      return ctx.db
        .insertInto('tax_rates')
        .values({
          id: newId('txr'),
          display_name: input.display_name,
          percentage: pct.toFixed(),
          inclusive: input.inclusive,
          country: input.country,
          state: input.state ?? null,
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
        const country = input.country ?? current.country;
        needsCountry(input.default ?? current.is_default, country);
        const state = input.state === undefined ? current.state : input.state;
        if (state && !country)
          throw new ApiError('parameter_missing', 'A state needs its country.', { param: 'country' });
        return trx
          .updateTable('tax_rates')
          .set({
            ...(input.display_name !== undefined && { display_name: input.display_name }),
            ...(input.country !== undefined && { country: input.country }),
            ...(input.state !== undefined && { state: input.state }),
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
      return (await resolve(executor, customerId)).rates;
    },
    resolve,
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
      const where = active.some((r) => r.is_default)
        ? await addresses(ids, executor)
        : new Map<string, TaxAddress | undefined>();
      return new Map(ids.map((id) => [id, applicableRates(active, of.get(id), where.get(id)).rates]));
    },
  };
}
