import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Db } from '../db/store.js';
import { page } from '../http/pagination.js';
import { Id, IdParams, ListOf, ListQuery, NonNegativeDecimalString, Obj } from '../http/schemas.js';
import { notFound } from '../shared/errors/index.js';
import { createCreditNote, creditNoteJson } from './credit-notes.js';
import type { InvoicingDeps } from './deps.js';
import { CreditNote } from './invoice-schema.js';

const tags = ['credit notes'];
const Reason = Type.Union([
  Type.Literal('duplicate'),
  Type.Literal('fraudulent'),
  Type.Literal('order_change'),
  Type.Literal('product_unsatisfactory'),
  Type.Literal('other'),
]);

export function creditNoteRoutes(db: Db, deps: InvoicingDeps): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/credit_notes',
      {
        schema: {
          tags,
          operationId: 'credit_notes.create',
          summary: 'Credit an open or paid invoice: whole, by line, or by amount',
          response: { 200: CreditNote },
          body: Obj({
            invoice: Id,
            reason: Reason,
            memo: Type.Optional(Type.String({ maxLength: 500 })),
            amount: Type.Optional(NonNegativeDecimalString),
            lines: Type.Optional(
              Type.Array(Obj({ invoice_line: Id, amount: Type.Optional(NonNegativeDecimalString) }), {
                maxItems: 100,
              }),
            ),
          }),
        },
      },
      async (req) => {
        const { memo, amount, lines, ...rest } = req.body;
        return creditNoteJson(
          await createCreditNote(db, deps, {
            ...rest,
            ...(memo && { memo }),
            ...(amount && { amount }),
            ...(lines && {
              lines: lines.map((l) => ({
                invoice_line: l.invoice_line,
                ...(l.amount && { amount: l.amount }),
              })),
            }),
          }),
        );
      },
    );
    app.get(
      '/v1/credit_notes',
      {
        schema: {
          tags,
          operationId: 'credit_notes.list',
          summary: 'List credit notes',
          response: { 200: ListOf(CreditNote) },
          querystring: Obj({ ...ListQuery, invoice: Type.Optional(Id), customer: Type.Optional(Id) }),
        },
      },
      async (req) => {
        const limit = req.query.limit ?? 10;
        let q = db
          .selectFrom('credit_notes')
          .selectAll()
          .orderBy('id', 'desc')
          .limit(limit + 1);
        if (req.query.invoice) q = q.where('invoice_id', '=', req.query.invoice);
        if (req.query.customer) q = q.where('customer_id', '=', req.query.customer);
        if (req.query.starting_after) q = q.where('id', '<', req.query.starting_after);
        return page((await q.execute()).map(creditNoteJson), limit);
      },
    );
    app.get(
      '/v1/credit_notes/:id',
      {
        schema: {
          tags,
          operationId: 'credit_notes.retrieve',
          summary: 'Retrieve a credit note',
          params: IdParams,
          response: { 200: CreditNote },
        },
      },
      async (req) => {
        const row = await db
          .selectFrom('credit_notes')
          .selectAll()
          .where('id', '=', req.params.id)
          .executeTakeFirst();
        if (!row) throw notFound('credit_note_not_found', 'credit note', req.params.id);
        return creditNoteJson(row);
      },
    );
  };
}
