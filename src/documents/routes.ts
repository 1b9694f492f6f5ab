import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { binary } from '../http/openapi/content.js';
import { errorResponse } from '../http/openapi/standard-errors.js';
import { IdParams, Obj } from '../http/schemas.js';
import { ApiError } from '../shared/errors/index.js';
import {
  type DocumentCustomer,
  type DocumentInput,
  type DocumentInvoice,
  type DocumentLang,
  type DocumentSeller,
  documentLang,
} from './document-input.js';
import { renderInvoicePdf } from './render-invoice.js';
import { renderReceiptPdf } from './render-receipt.js';

/** What the documents need from other slices, through their services. */
export interface DocumentSources {
  invoice(id: string): Promise<DocumentInvoice & { readonly customer: string }>;
  customer(id: string): Promise<DocumentCustomer>;
  account(): Promise<DocumentSeller & { time_zone: string }>;
}

const tags = ['documents'];
const DocumentQuery = Obj({
  lang: Type.Optional(
    Type.Union([Type.Literal('ja'), Type.Literal('en')], {
      description: 'Language of the document; default Japanese for customers in Japan or billed in JPY.',
    }),
  ),
});

/** An issued invoice prints the parties frozen on it; a draft prints today's customer and account. */
async function inputFor(sources: DocumentSources, id: string, lang?: DocumentLang): Promise<DocumentInput> {
  const invoice = await sources.invoice(id);
  const frozen = invoice.customer_details;
  // Every finalized invoice has both (frozen at finalization, backfilled by migration 0312).
  const [customer, account] = await Promise.all([
    frozen ? { id: invoice.customer, ...frozen } : sources.customer(invoice.customer),
    invoice.issuer_details ?? sources.account(),
  ]);
  return {
    invoice,
    customer,
    seller: {
      name: account.name,
      tax_registration_number: account.tax_registration_number,
      address: account.address ?? null,
      phone: account.phone ?? null,
      bank_transfer: account.bank_transfer ?? null,
    },
    timeZone: account.time_zone,
    lang: documentLang(customer, invoice.currency, lang),
  };
}

function filename(input: DocumentInput, suffix: string): string {
  const base = (input.invoice.number ?? input.invoice.id).replace(/[^A-Za-z0-9_-]/g, '_');
  return `${base}${suffix}.pdf`;
}

/** `GET /v1/invoices/{id}/pdf` and `GET /v1/invoices/{id}/receipt` (paid invoices only). */
export function documentRoutes(sources: DocumentSources): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.get(
      '/v1/invoices/:id/pdf',
      {
        schema: {
          tags,
          operationId: 'invoices.pdf',
          summary: 'The invoice as a PDF',
          params: IdParams,
          querystring: DocumentQuery,
          response: { 200: binary('application/pdf', 'The invoice, shown inline.') },
        },
      },
      async (req, reply) => {
        const input = await inputFor(sources, req.params.id, req.query.lang);
        const pdf = await renderInvoicePdf(input);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${filename(input, '')}"`)
          .send(pdf);
      },
    );
    app.get(
      '/v1/invoices/:id/receipt',
      {
        schema: {
          tags,
          operationId: 'invoices.receipt',
          summary: 'A receipt PDF for a paid invoice',
          params: IdParams,
          querystring: DocumentQuery,
          response: {
            200: binary('application/pdf', 'The receipt, shown inline.'),
            409: errorResponse('The invoice is not paid (`invoice_not_paid`).'),
          },
        },
      },
      async (req, reply) => {
        const input = await inputFor(sources, req.params.id, req.query.lang);
        if (input.invoice.status !== 'paid') {
          throw new ApiError(
            'invoice_not_paid',
            `Invoice ${req.params.id} is ${input.invoice.status}; receipts exist for paid invoices.`,
          );
        }
        const pdf = await renderReceiptPdf(input);
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="${filename(input, '-receipt')}"`)
          .send(pdf);
      },
    );
  };
}
