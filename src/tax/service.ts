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
  state?: string;
  description?: string;
  default?: boolean;
  metadata?: Record<string, string>;
}

export interface TaxRateUpdate {
  display_name?: string;
  country?: string;
  state?: string | null;
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

export type InvoiceTaxRate = TaxRateInput & { country: string | null };

/** Where a customer is, for tax: their billing address's country and state. */
export interface TaxAddress {
  readonly country?: string | undefined;
  readonly state?: string | undefined;
}

/** Billing addresses by customer id (the customers service answers it). */
export type AddressesOf = (
  customerIds: readonly string[],
  executor: Executor,
) => Promise<Map<string, TaxAddress | undefined>>;

export interface TaxWarning {
  readonly code: 'tax_address_missing' | 'tax_rate_jurisdiction_missing';
  readonly message: string;
}

type Settings = { exempt: boolean | null; chosen: string[] | null } | undefined;

const norm = (s: string | null | undefined) => (s ?? '').trim().toUpperCase();

/** A default rate applies where the customer's address is in its country (and state, if it has one). */
function inJurisdiction(rate: TaxRateRow, address: TaxAddress | undefined): boolean {
  if (!rate.country || norm(address?.country) !== norm(rate.country)) return false;
  return rate.state === null || norm(address?.state) === norm(rate.state);
}

/**
 * The rates an invoice carries, from the active rates (by id), the customer's settings and their
 * address: none if exempt, their own if set (wherever they are), else every default rate whose
 * jurisdiction holds their address (a country rate and a state rate stack, as GST and PST do).
 * The warnings say why a default rate did not apply where the customer may not expect it.
 */
function decide(
  active: readonly TaxRateRow[],
  settings: Settings,
  address: TaxAddress | undefined,
): { rates: InvoiceTaxRate[]; warnings: TaxWarning[] } {
  if (settings?.exempt) return { rates: [], warnings: [] };
  const chosen = settings?.chosen ?? [];
  if (chosen.length > 0)
    return { rates: active.filter((r) => chosen.includes(r.id)).map(toInput), warnings: [] };
  const defaults = active.filter((r) => r.is_default);
  const warnings: TaxWarning[] = [];
  const placed = defaults.filter((r) => r.country);
  if (placed.length > 0 && !norm(address?.country)) {
    const where = placed.map((r) => `${r.display_name}: ${[r.country, r.state].filter(Boolean).join('-')}`);
    warnings.push({
      code: 'tax_address_missing',
      message: `The customer has no billing address country, so no default tax rate applies (${where.join(', ')}). Set billing_details.address.country, give the customer their own tax rates, or mark them exempt.`,
    });
  }
  const unplaced = defaults.filter((r) => !r.country);
  if (unplaced.length > 0) {
    warnings.push({
      code: 'tax_rate_jurisdiction_missing',
      message: `Default tax rates without a country apply to no one: ${unplaced
        .map((r) => `${r.id} (${r.display_name})`)
        .join(', ')}. Set their country with POST /v1/tax_rates/{id}.`,
    });
  }
  return { rates: defaults.filter((r) => inJurisdiction(r, address)).map(toInput), warnings };
}

function needsCountry(isDefault: boolean, country: string | null | undefined): void {
  if (isDefault && !country)
    throw new ApiError(
      'parameter_missing',
      'A default tax rate needs a jurisdiction: give its country (and state, for a state rate). It applies only to customers whose billing address is there.',
      { param: 'country' },
    );
}

export function taxRateJson(row: TaxRateRow) {
  return {
    id: row.id,
    object: 'tax_rate' as const,
    display_name: row.display_name,
    percentage: new Decimal(row.percentage).toFixed(),
    inclusive: row.inclusive,
    country: row.country,
    state: row.state,
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
    return decide(rows, settings, address);
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
      needsCountry(input.default ?? false, input.country);
      if (input.state && !input.country)
        throw new ApiError('parameter_missing', 'A state needs its country.', { param: 'country' });
      return ctx.db
        .insertInto('tax_rates')
        .values({
          id: newId('txr'),
          display_name: input.display_name,
          percentage: pct.toFixed(),
          inclusive: input.inclusive,
          country: input.country ?? null,
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
      return new Map(ids.map((id) => [id, decide(active, of.get(id), where.get(id)).rates]));
    },
  };
}
