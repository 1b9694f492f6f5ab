import { isValidJapanRegistrationNumber } from '../core/billing/tax.js';
import { normalizeCurrency } from '../core/money/currency.js';
import { isValidTimeZone } from '../core/time/zone.js';
import { SHARED_SCHEMA } from '../db/modes.js';
import type { Executor } from '../db/store.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError } from '../shared/errors/index.js';
import type { AccountRow } from './account.js';
import { type CollectionUpdate, collectionColumns } from './collection-settings.js';
import './tables.js';

export interface AccountUpdate extends CollectionUpdate {
  name?: string;
  time_zone?: string;
  default_currency?: string;
  invoice_prefix?: string;
  grace_period_seconds?: number;
  event_window?: { past_seconds?: number; future_seconds?: number };
  tax_registration_number?: string | null;
}

export interface AccountService {
  get(executor?: Executor): Promise<AccountRow>;
  update(patch: AccountUpdate): Promise<AccountRow>;
}

const ACCOUNT_ID = 'acct_default';
const CACHE_MS = 2_000;

export function createAccountService(ctx: ServiceContext): AccountService {
  // The account is read on every ingested event (its time zone and event window); a short cache
  // keeps that off the database. Another process sees a settings change within CACHE_MS.
  let cached: { row: AccountRow; until: number } | undefined;

  async function load(executor: Executor): Promise<AccountRow> {
    // Account settings are shared by live and test mode (src/db/modes.ts).
    return executor
      .withSchema(SHARED_SCHEMA)
      .selectFrom('account')
      .selectAll()
      .where('id', '=', ACCOUNT_ID)
      .executeTakeFirstOrThrow();
  }

  return {
    async get(executor) {
      if (executor) return load(executor);
      if (cached && cached.until > Date.now()) return cached.row;
      const row = await load(ctx.db);
      cached = { row, until: Date.now() + CACHE_MS };
      return row;
    },
    async update(patch) {
      if (patch.time_zone !== undefined && !isValidTimeZone(patch.time_zone)) {
        throw new ApiError('invalid_time_zone', `'${patch.time_zone}' is not an IANA time zone.`, {
          param: 'time_zone',
        });
      }
      const trn = patch.tax_registration_number;
      if (trn?.startsWith('T') && !isValidJapanRegistrationNumber(trn)) {
        throw new ApiError(
          'parameter_invalid',
          `'${trn}' is not a Japanese qualified-invoice registration number ("T" and 13 digits).`,
          { param: 'tax_registration_number' },
        );
      }
      let currency: string | undefined;
      if (patch.default_currency !== undefined) {
        currency = normalizeCurrency(patch.default_currency);
        if (!currency) {
          throw new ApiError('invalid_currency', `'${patch.default_currency}' is not an ISO 4217 currency.`, {
            param: 'default_currency',
          });
        }
      }
      const row = await ctx.db
        .withSchema(SHARED_SCHEMA)
        .updateTable('account')
        .set({
          ...(patch.name !== undefined && { name: patch.name }),
          ...(patch.time_zone !== undefined && { time_zone: patch.time_zone }),
          ...(currency !== undefined && { default_currency: currency }),
          ...(patch.invoice_prefix !== undefined && { invoice_prefix: patch.invoice_prefix }),
          ...(patch.grace_period_seconds !== undefined && {
            grace_period_seconds: patch.grace_period_seconds,
          }),
          ...(patch.event_window?.past_seconds !== undefined && {
            event_past_window_seconds: patch.event_window.past_seconds,
          }),
          ...(patch.event_window?.future_seconds !== undefined && {
            event_future_window_seconds: patch.event_window.future_seconds,
          }),
          ...(patch.tax_registration_number !== undefined && {
            tax_registration_number: patch.tax_registration_number,
          }),
          ...collectionColumns(patch),
          updated_at: ctx.clock.now(),
        })
        .where('id', '=', ACCOUNT_ID)
        .returningAll()
        .executeTakeFirstOrThrow();
      cached = undefined;
      return row;
    },
  };
}
