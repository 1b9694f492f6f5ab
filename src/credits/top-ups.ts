import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import { Decimal, decimalString } from '../core/money/decimal.js';
import { roundAmount } from '../core/money/money.js';
import type { ServiceContext } from '../shared/context.js';
import { ApiError } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { amountJson } from './grant.js';
import type { TopUp } from './json-schemas.js';
import type { TopUpCreate } from './schemas.js';
import { type GrantService, parseCurrency } from './service.js';
import type { TopUpsTable } from './tables.js';

export type TopUpRow = Selectable<TopUpsTable>;

/** What a top-up needs from invoicing: one standalone invoice, finalized at once. */
export interface TopUpInvoicing {
  createStandaloneInvoice(input: {
    customerId: string;
    currency: string;
    lines: { description: string; amount: Decimal }[];
    metadata: Record<string, string>;
    finalize: boolean;
  }): Promise<{ id: string }>;
}

export function topUpJson(row: TopUpRow): Static<typeof TopUp> {
  return {
    id: row.id,
    object: 'top_up' as const,
    customer: row.customer_id,
    amount: amountJson(new Decimal(row.amount), row.currency),
    credit_grant: row.grant_id,
    invoice: row.invoice_id,
    status: row.status,
    automatic: row.automatic,
    created_at: row.created_at.toISOString(),
  };
}

/**
 * Buying credits: a pending paid grant and an invoice for its amount. The grant takes effect when
 * the invoice is paid (`InvoiceHooks.onPaid`). The grant is written first so that an invoice paid
 * the moment it is created still finds it; if the invoice cannot be created the grant is voided.
 */
export function createTopUpService(ctx: ServiceContext, grants: GrantService) {
  let invoicing: TopUpInvoicing | undefined;

  async function create(
    customerRef: string,
    body: Static<typeof TopUpCreate>,
    automatic = false,
    /** What the grant and its invoice line are called (a prepaid commitment's, instead of a top-up's). */
    label?: { name: string; metadata: Record<string, string> },
  ): Promise<TopUpRow> {
    if (!invoicing)
      throw new ApiError('service_unavailable', 'Top-ups need invoicing, which is not running.');
    const currency = parseCurrency(body.amount.currency, 'amount[currency]');
    const amount = new Decimal(body.amount.value);
    if (amount.isZero() || !roundAmount(amount, currency).eq(amount))
      throw new ApiError(
        'parameter_invalid',
        `A top-up is a positive amount in whole minor units of ${currency}.`,
        {
          param: 'amount[value]',
        },
      );
    const topUp = await ctx.db.transaction().execute(async (trx) => {
      const customer = await grants.customer(customerRef, trx);
      const customerId = customer.id;
      const now = await grants.nowFor(customerId, trx);
      const id = newId('tu');
      const grant = await grants.insert(
        trx,
        {
          customerId,
          currency,
          amount,
          category: 'paid',
          applicability: body.applicability ?? { scope: 'metered' },
          priority: body.priority ?? 50,
          effectiveAt: null,
          expiresAt: body.expires_at ? new Date(body.expires_at) : null,
          source: 'top_up',
          sourceKey: `top_up:${id}`,
          name: label?.name ?? 'Top-up',
          metadata: { top_up: id, ...label?.metadata },
        },
        now,
      );
      return trx
        .insertInto('top_ups')
        .values({
          id,
          customer_id: customerId,
          currency,
          amount: decimalString(amount),
          grant_id: grant.id,
          invoice_id: null,
          status: 'pending',
          automatic,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    });
    try {
      const invoice = await invoicing.createStandaloneInvoice({
        customerId: topUp.customer_id,
        currency,
        lines: [{ description: `${label?.name ?? 'Credit top-up'} (${topUp.id})`, amount }],
        metadata: { top_up: topUp.id, credit_grant: topUp.grant_id, ...label?.metadata },
        finalize: true,
      });
      return await ctx.db.transaction().execute(async (trx) => {
        await trx
          .updateTable('credit_grants')
          .set({ invoice_id: invoice.id })
          .where('id', '=', topUp.grant_id)
          .execute();
        return trx
          .updateTable('top_ups')
          .set({ invoice_id: invoice.id })
          .where('id', '=', topUp.id)
          .returningAll()
          .executeTakeFirstOrThrow();
      });
    } catch (error) {
      await ctx.db.transaction().execute(async (trx) => {
        await trx.updateTable('top_ups').set({ status: 'failed' }).where('id', '=', topUp.id).execute();
        await trx
          .updateTable('credit_grants')
          .set({ status: 'voided', voided_at: topUp.created_at })
          .where('id', '=', topUp.grant_id)
          .where('status', '=', 'pending')
          .execute();
      });
      throw error;
    }
  }

  return {
    create,
    setInvoicing(impl: TopUpInvoicing) {
      invoicing = impl;
    },
    async list(customerId: string): Promise<TopUpRow[]> {
      return ctx.db
        .selectFrom('top_ups')
        .selectAll()
        .where('customer_id', '=', customerId)
        .orderBy('id', 'desc')
        .execute();
    },
  };
}

export type TopUpService = ReturnType<typeof createTopUpService>;
