import { call } from '../../src/testing/process.js';

export async function ok(url: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await call(url, method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

export interface BillingFixture {
  customer: string;
  plan: string;
  subscription: string;
  draftInvoice: string;
}

/**
 * What the console's end-to-end test uses from the demo data (the Japanese demo customer's live
 * subscription and its plan), plus a draft one-off invoice, made through the API, to finalize in
 * the browser.
 */
export async function billingFixture(url: string): Promise<BillingFixture> {
  const customer = await ok(url, 'GET', '/v1/customers/tenant-acme-jp');
  const subscriptions = await ok(url, 'GET', `/v1/subscriptions?customer=${customer.id}&limit=10`);
  const live = subscriptions.data.find((s: any) => ['active', 'trialing', 'past_due'].includes(s.status));
  if (!live)
    throw new Error(`the demo gives ${customer.id} no live subscription: ${JSON.stringify(subscriptions)}`);
  const draft = await ok(url, 'POST', '/v1/invoices', {
    customer: customer.id,
    lines: [
      { description: '導入支援（e2e）', amount: '50000', quantity: '1' },
      { description: '無償サポート', amount: '0', quantity: '1' },
    ],
  });
  return { customer: customer.id, plan: live.pricing_plan, subscription: live.id, draftInvoice: draft.id };
}
