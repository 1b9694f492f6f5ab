import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import type { CustomerService } from '../customers/service.js';
import { errorResponse } from '../http/openapi/standard-errors.js';
import {
  CurrencyCode,
  DecimalString,
  Id,
  IdParams,
  ListOf,
  ListQuery,
  Metadata,
  NonNegativeDecimalString,
  Obj,
  Timestamp,
} from '../http/schemas.js';
import { DeletedInvoice, Invoice, InvoicePayment, UpcomingInvoice } from './invoice-schema.js';
import type { InvoicingService } from './service.js';

const tags = ['invoices'];
const Status = Type.Union([
  Type.Literal('draft'),
  Type.Literal('open'),
  Type.Literal('paid'),
  Type.Literal('void'),
  Type.Literal('uncollectible'),
]);
const PaymentMethod = Type.Union([
  Type.Literal('bank_transfer'),
  Type.Literal('card'),
  Type.Literal('cash'),
  Type.Literal('check'),
  Type.Literal('stripe'),
  Type.Literal('other'),
]);
const OneOffLine = Obj({
  description: Type.String({ minLength: 1, maxLength: 500 }),
  amount: DecimalString,
  quantity: Type.Optional(NonNegativeDecimalString),
});

export function invoiceRoutes(
  invoicing: InvoicingService,
  customers: CustomerService,
): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/v1/invoices',
      {
        schema: {
          tags,
          operationId: 'invoices.list',
          summary: 'List invoices',
          response: {
            200: ListOf(Invoice),
            404: errorResponse('No such customer (the `customer` filter).'),
          },
          querystring: Obj({
            ...ListQuery,
            customer: Type.Optional(Id),
            subscription: Type.Optional(Id),
            status: Type.Optional(Status),
          }),
        },
      },
      async (req) => {
        const { customer, status, ...rest } = req.query;
        const customerId = customer ? (await customers.get(customer)).id : undefined;
        return invoicing.list({
          ...rest,
          ...(customerId ? { customer: customerId } : {}),
          ...(status ? { status } : {}),
        });
      },
    );
    app.get(
      '/v1/invoices/upcoming',
      {
        schema: {
          tags,
          operationId: 'invoices.upcoming',
          summary: 'The invoice a subscription will get at its period end, as of now',
          querystring: Obj({ subscription: Id }),
          response: {
            200: UpcomingInvoice,
            404: errorResponse(
              'No such subscription, or it will not be invoiced again (`no_upcoming_invoice`).',
            ),
          },
        },
      },
      async (req) => {
        const upcoming = await invoicing.upcoming(req.query.subscription);
        return { ...upcoming, warnings: [...upcoming.warnings] };
      },
    );
    app.post(
      '/v1/invoices',
      {
        schema: {
          tags,
          operationId: 'invoices.create',
          summary: 'Create a one-off invoice (no subscription)',
          response: { 200: Invoice },
          body: Obj({
            customer: Id,
            currency: Type.Optional(CurrencyCode),
            lines: Type.Array(OneOffLine, { minItems: 1, maxItems: 100 }),
            metadata: Type.Optional(Metadata),
            finalize: Type.Optional(Type.Boolean()),
          }),
        },
      },
      async (req) => {
        const customer = await customers.get(req.body.customer);
        return invoicing.createStandaloneInvoice({
          customerId: customer.id,
          currency: req.body.currency ?? customer.currency ?? 'USD',
          lines: req.body.lines.map((l) => ({
            description: l.description,
            amount: new Decimal(l.amount),
            ...(l.quantity && { quantity: new Decimal(l.quantity) }),
          })),
          ...(req.body.metadata && { metadata: req.body.metadata }),
          finalize: req.body.finalize ?? false,
        });
      },
    );
    app.get(
      '/v1/invoices/:id',
      {
        schema: {
          tags,
          operationId: 'invoices.retrieve',
          summary: 'Retrieve an invoice',
          params: IdParams,
          response: { 200: Invoice },
        },
      },
      async (req) => invoicing.get(req.params.id),
    );
    app.post(
      '/v1/invoices/:id/finalize',
      {
        schema: {
          tags,
          operationId: 'invoices.finalize',
          summary: 'Finalize a draft: number it, consume credits, compute tax',
          params: IdParams,
          response: { 200: Invoice },
        },
      },
      async (req) => invoicing.finalize(req.params.id),
    );
    app.post(
      '/v1/invoices/:id/pay',
      {
        schema: {
          tags,
          operationId: 'invoices.pay',
          summary: 'Record a payment made outside a processor (e.g. a bank transfer), in full or in part',
          description:
            'Without `amount`, pays what is left. With it, records a partial payment: the invoice stays ' +
            '`open` until the payments add up to `amount_due`, then becomes `paid`.',
          params: IdParams,
          response: { 200: Invoice },
          body: Type.Optional(
            Obj({
              amount: Type.Optional(NonNegativeDecimalString),
              method: Type.Optional(PaymentMethod),
              reference: Type.Optional(Type.String({ maxLength: 200 })),
              paid_at: Type.Optional(Timestamp),
            }),
          ),
        },
      },
      async (req) =>
        invoicing.pay(req.params.id, {
          ...(req.body?.amount !== undefined && { amount: new Decimal(req.body.amount) }),
          ...(req.body?.method && { method: req.body.method }),
          ...(req.body?.reference && { reference: req.body.reference }),
          ...(req.body?.paid_at && { paidAt: new Date(req.body.paid_at) }),
        }),
    );
    app.get(
      '/v1/invoices/:id/payments',
      {
        schema: {
          tags,
          operationId: 'invoices.list_payments',
          summary: "List an invoice's payments, oldest first",
          params: IdParams,
          response: { 200: ListOf(InvoicePayment) },
        },
      },
      async (req) => invoicing.payments(req.params.id),
    );
    app.delete(
      '/v1/invoices/:id',
      {
        schema: {
          tags,
          operationId: 'invoices.delete',
          summary: 'Delete a one-off draft invoice',
          description:
            'Only drafts made with `POST /v1/invoices` can be deleted; a subscription draft is billed at its finalization.',
          params: IdParams,
          response: { 200: DeletedInvoice },
        },
      },
      async (req) => invoicing.deleteDraft(req.params.id),
    );
    app.post(
      '/v1/invoices/:id/void',
      {
        schema: {
          tags,
          operationId: 'invoices.void',
          summary: 'Void an open invoice',
          params: IdParams,
          response: { 200: Invoice },
        },
      },
      async (req) => invoicing.void(req.params.id),
    );
    app.post(
      '/v1/invoices/:id/mark_uncollectible',
      {
        schema: {
          tags,
          operationId: 'invoices.mark_uncollectible',
          summary: 'Mark an open invoice uncollectible',
          params: IdParams,
          response: { 200: Invoice },
        },
      },
      async (req) => invoicing.markUncollectible(req.params.id),
    );
    app.post(
      '/v1/invoices/:id/lines',
      {
        schema: {
          tags,
          operationId: 'invoices.add_line',
          summary: 'Add a one-off line to a draft invoice',
          params: IdParams,
          response: { 200: Invoice },
          body: OneOffLine,
        },
      },
      async (req) =>
        invoicing.addLine(req.params.id, {
          description: req.body.description,
          amount: new Decimal(req.body.amount),
          ...(req.body.quantity && { quantity: new Decimal(req.body.quantity) }),
        }),
    );
  };
}
