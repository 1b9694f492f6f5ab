import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { Decimal } from '../core/money/decimal.js';
import type { CustomerService } from '../customers/service.js';
import {
  CurrencyCode,
  DecimalString,
  Id,
  IdParams,
  ListQuery,
  Metadata,
  NonNegativeDecimalString,
  Obj,
  Timestamp,
} from '../http/schemas.js';
import type { InvoicingService } from './service.js';

const tags = ['invoices'];
const Status = Type.Union([
  Type.Literal('draft'),
  Type.Literal('open'),
  Type.Literal('paid'),
  Type.Literal('void'),
  Type.Literal('uncollectible'),
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
          summary: 'List invoices',
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
          summary: 'The invoice a subscription will get at its period end, as of now',
          querystring: Obj({ subscription: Id }),
        },
      },
      async (req) => invoicing.upcoming(req.query.subscription),
    );
    app.post(
      '/v1/invoices',
      {
        schema: {
          tags,
          summary: 'Create a one-off invoice (no subscription)',
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
      { schema: { tags, summary: 'Retrieve an invoice', params: IdParams } },
      async (req) => invoicing.get(req.params.id),
    );
    app.post(
      '/v1/invoices/:id/finalize',
      {
        schema: {
          tags,
          summary: 'Finalize a draft: number it, consume credits, compute tax',
          params: IdParams,
        },
      },
      async (req) => invoicing.finalize(req.params.id),
    );
    app.post(
      '/v1/invoices/:id/pay',
      {
        schema: {
          tags,
          summary: 'Record a payment made outside a processor (e.g. a bank transfer)',
          params: IdParams,
          body: Type.Optional(
            Obj({
              reference: Type.Optional(Type.String({ maxLength: 200 })),
              paid_at: Type.Optional(Timestamp),
            }),
          ),
        },
      },
      async (req) =>
        invoicing.pay(req.params.id, {
          ...(req.body?.reference && { reference: req.body.reference }),
          ...(req.body?.paid_at && { paidAt: new Date(req.body.paid_at) }),
        }),
    );
    app.post(
      '/v1/invoices/:id/void',
      { schema: { tags, summary: 'Void an open invoice', params: IdParams } },
      async (req) => invoicing.void(req.params.id),
    );
    app.post(
      '/v1/invoices/:id/mark_uncollectible',
      { schema: { tags, summary: 'Mark an open invoice uncollectible', params: IdParams } },
      async (req) => invoicing.markUncollectible(req.params.id),
    );
    app.post(
      '/v1/invoices/:id/lines',
      {
        schema: {
          tags,
          summary: 'Add a one-off line to a draft invoice',
          params: IdParams,
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
