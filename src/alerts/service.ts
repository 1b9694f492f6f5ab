import type { Selectable } from 'kysely';
import { type Static, Type } from 'typebox';
import { Decimal, decimalString } from '../core/money/decimal.js';
import type { CreditsService } from '../credits/credits.js';
import type { ClockScope } from '../credits/expiry.js';
import { parseCurrency } from '../credits/service.js';
import type { CustomerService } from '../customers/service.js';
import { CurrencyCode, Id, ListQuery, NonNegativeDecimalString, Obj } from '../http/schemas.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { evaluateAlert } from './evaluate.js';
import type { AlertsTable } from './tables.js';
import './tables.js';

export type AlertRow = Selectable<AlertsTable>;

export const AlertCreate = Obj({
  customer: Id,
  type: Type.Union([Type.Literal('usage'), Type.Literal('spend'), Type.Literal('credit_balance')]),
  meter: Type.Optional(Id),
  billable_item: Type.Optional(Id),
  currency: Type.Optional(CurrencyCode),
  threshold: NonNegativeDecimalString,
  title: Type.Optional(Type.String({ maxLength: 200 })),
});

export const AlertListQuery = Obj({ ...ListQuery, customer: Type.Optional(Id) });

export function alertJson(row: AlertRow) {
  return {
    id: row.id,
    object: 'alert' as const,
    customer: row.customer_id,
    type: row.type,
    meter: row.meter_id,
    billable_item: row.billable_item_id,
    currency: row.currency,
    threshold: new Decimal(row.threshold).toFixed(),
    title: row.title,
    status: row.status,
    created_at: row.created_at.toISOString(),
  };
}

const REQUIRED = { usage: 'meter', spend: 'billable_item', credit_balance: 'currency' } as const;

export function createAlertService(
  ctx: ServiceContext,
  deps: { customers: CustomerService; credits: CreditsService },
) {
  async function get(id: string) {
    const row = await ctx.db.selectFrom('alerts').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw notFound('alert_not_found', 'alert', id);
    return row;
  }

  /** Fires the alert for `periodKey` unless it already fired for it; the event is in the same transaction. */
  async function fire(row: AlertRow, value: Decimal, periodKey: string, at: Date): Promise<boolean> {
    return ctx.db.transaction().execute(async (trx) => {
      const inserted = await trx
        .insertInto('alert_firings')
        .values({ alert_id: row.id, period_key: periodKey, value: decimalString(value), fired_at: at })
        .onConflict((oc) => oc.columns(['alert_id', 'period_key']).doNothing())
        .returning('alert_id')
        .executeTakeFirst();
      if (!inserted) return false;
      const data = {
        alert: alertJson(row),
        customer: row.customer_id,
        value: value.toFixed(),
        period: periodKey,
      };
      await emitEvent(trx, 'alert.triggered', data, at);
      if (row.type === 'credit_balance') await emitEvent(trx, 'credit_balance.low', data, at);
      return true;
    });
  }

  return {
    get,
    async create(body: Static<typeof AlertCreate>): Promise<AlertRow> {
      const needed = REQUIRED[body.type];
      if (body[needed] === undefined)
        throw new ApiError('parameter_missing', `A ${body.type} alert needs ${needed}.`, { param: needed });
      const currency = body.currency === undefined ? null : parseCurrency(body.currency, 'currency');
      const customer = await deps.customers.get(body.customer);
      return ctx.db
        .insertInto('alerts')
        .values({
          id: newId('alrt'),
          customer_id: customer.id,
          type: body.type,
          meter_id: body.type === 'usage' ? (body.meter ?? null) : null,
          billable_item_id: body.type === 'spend' ? (body.billable_item ?? null) : null,
          currency,
          threshold: body.threshold,
          title: body.title ?? null,
          status: 'active',
          created_at: await deps.credits.grants.nowFor(customer.id, ctx.db),
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    async list(query: Static<typeof AlertListQuery>) {
      let q = ctx.db
        .selectFrom('alerts')
        .selectAll()
        .orderBy('id', 'desc')
        .limit((query.limit ?? 10) + 1);
      if (query.starting_after) q = q.where('id', '<', query.starting_after);
      if (query.customer) q = q.where('customer_id', '=', (await deps.customers.get(query.customer)).id);
      return q.execute();
    },
    async archive(id: string) {
      await get(id);
      return ctx.db
        .updateTable('alerts')
        .set({ status: 'archived' })
        .where('id', '=', id)
        .returningAll()
        .executeTakeFirstOrThrow();
    },
    /** The worker job: evaluates every active alert, one usage query per customer. */
    async evaluateDue(now: Date, scope?: ClockScope): Promise<number> {
      if (scope?.customerIds.length === 0) return 0;
      let q = ctx.db.selectFrom('alerts').selectAll().where('status', '=', 'active').orderBy('customer_id');
      if (scope) q = q.where('customer_id', 'in', scope.customerIds);
      const alerts = await q.execute();
      let fired = 0;
      const byCustomer = new Map<string, AlertRow[]>();
      for (const a of alerts) byCustomer.set(a.customer_id, [...(byCustomer.get(a.customer_id) ?? []), a]);
      for (const [customerId, rows] of byCustomer) {
        const at = scope?.at ?? (await deps.credits.grants.nowFor(customerId, ctx.db).catch(() => now));
        const delivered = await deps.credits.usageSource().delivered(customerId, at);
        const balances = new Map<string, Decimal>();
        for (const currency of new Set(rows.filter((r) => r.currency).map((r) => r.currency as string)))
          balances.set(currency, await deps.credits.available(customerId, currency, at));
        for (const row of rows) {
          const crossing = evaluateAlert(
            {
              type: row.type,
              meterId: row.meter_id,
              billableItemId: row.billable_item_id,
              currency: row.currency,
              threshold: new Decimal(row.threshold),
            },
            delivered,
            (c) => balances.get(c) ?? new Decimal(0),
          );
          if (crossing && (await fire(row, crossing.value, crossing.periodKey, at))) fired += 1;
        }
      }
      return fired;
    },
  };
}

export type AlertService = ReturnType<typeof createAlertService>;
