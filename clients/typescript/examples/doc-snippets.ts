/**
 * The TypeScript in README.md and docs/clients.md, type-checked by `tsc` with the rest of the
 * client: test/doc-snippets.test.ts checks each `#region` appears in its page as written, so a
 * renamed route or field breaks the build instead of the docs. Not run (the walk in
 * getting-started.ts is).
 */
import { createTariffClient, TariffError, verifyWebhook } from '@tariff/client';

export async function clientsPage() {
  // #region clients-calls
  const tariff = createTariffClient({
    baseUrl: 'http://127.0.0.1:4000',
    apiKey: process.env.TARIFF_API_KEY!,
  });

  const customer = await tariff.post('/v1/customers', {
    body: { external_id: 'tenant-42', name: 'Acme KK', currency: 'JPY' },
  });
  customer.id; // string: the answer is typed
  const same = await tariff.get('/v1/customers/{id}', { params: { path: { id: 'tenant-42' } } });
  const open = await tariff.get('/v1/invoices', {
    params: { query: { customer: customer.id, status: 'open' } },
  });
  await tariff.post('/v1/invoices/{id}/pay', {
    params: { path: { id: open.data[0]!.id } },
    body: { reference: 'bank transfer' },
  });
  // #endregion clients-calls

  // #region clients-errors
  try {
    await tariff.post('/v1/customers', { body: { name: 'Bad', currency: 'yen' } });
  } catch (e) {
    if (!(e instanceof TariffError) || e.code !== 'invalid_currency') throw e;
    console.log(e.param); // "currency"
  }
  // #endregion clients-errors

  // #region clients-idempotency
  await tariff.post('/v1/customers', {
    body: { name: 'Acme KK' },
    headers: { 'Idempotency-Key': 'order-1234' },
  });
  // #endregion clients-idempotency

  // #region clients-pagination
  const query = { status: 'open', limit: 100 } as const;
  for await (const invoice of tariff.paginate('/v1/invoices', { params: { query } })) {
    console.log(invoice.number, invoice.amount_due); // typed; pages are fetched as you go; `break` stops
  }
  const all = await tariff.listAll('/v1/customers', { params: { query: { limit: 100 } } }); // one array
  // #endregion clients-pagination
  return { same, all };
}

export async function readme() {
  // #region readme-client
  const tariff = createTariffClient({ baseUrl: 'http://127.0.0.1:4000', apiKey: process.env.KEY! });
  const customer = await tariff.post('/v1/customers', {
    body: {
      external_id: 'tenant-42',
      name: 'Acme KK',
      currency: 'JPY',
      billing_details: { address: { country: 'JP' } },
    },
  });
  await tariff.get('/v1/customers/{id}', { params: { path: { id: 'tenant-42' } } });
  const invoices = tariff.paginate('/v1/invoices', { params: { query: { customer: customer.id } } });
  for await (const invoice of invoices) console.log(invoice.number, invoice.status, invoice.amount_due);
  // #endregion readme-client
}

export function readmeWebhook(
  rawBody: string | Uint8Array,
  request: { headers: Record<string, string | string[] | undefined> },
  reply: { code(status: number): { send(body: string): unknown } },
) {
  // #region readme-webhook
  // `rawBody`: the request body exactly as received (a string or bytes), before any JSON parsing.
  const secret = process.env.TARIFF_WEBHOOK_SECRET!; // whsec_…, shown when the endpoint was created
  const check = verifyWebhook(rawBody, request.headers['tariff-signature'], secret);
  if (!check.ok) return reply.code(400).send(check.reason); // tolerance: 300 s by default
  // #endregion readme-webhook
  return undefined;
}
