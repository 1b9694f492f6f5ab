import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call } from '../../src/testing/process.js';
import { chromiumAvailable, launch } from './browser.js';
import { consoleTab, expectNoOverflow, openConsole, settled, shoot } from './console-walk.js';
import { type DemoServer, startDemoServer } from './server.js';

/**
 * Billing day to day in the console, end to end against a real `tariff serve --demo`: a new
 * customer is created and edited, subscribed, its seats changed and its plan changed with the
 * proration shown beforehand (and checked against the invoice the server then makes), canceled;
 * credits granted and voided; a draft finalized (never voided) and paid in two parts (the second
 * with a reference and a date); a one-off draft deleted. Ids never show where a name exists.
 */
vi.setConfig({ testTimeout: 240_000 });

async function api(url: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await call(url, method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

const yen = (text: string | null) => Number((text ?? '').replace(/[^\d-]/g, ''));

describe.skipIf(!chromiumAvailable())('console: billing day to day', () => {
  let dir: string;
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let customerId: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tariff-e2e-billing-'));
    server = await startDemoServer(join(dir, 'data'));
    browser = await launch();
    ({ context, page, errors } = await consoleTab(browser, { width: 1280, lang: 'en', key: server.key }));
    page.on('dialog', (d) => void d.accept());
    await openConsole(page, server.url);
  }, 400_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const subscriptions = () => page.locator('[data-testid=subscriptions]');

  it('creates a customer and edits it', async () => {
    await page.evaluate(() => {
      window.location.hash = '/customers';
    });
    await page.locator('[data-testid=new-customer]').click();
    const form = page.locator('[data-testid=customer-form]');
    await form.locator('input[name=customer-name]').fill('Sakura Labs');
    await form.locator('input[name=customer-email]').fill('billing@sakura.example.jp');
    await form.locator('input[name=customer-external_id]').fill('tenant-sakura');
    await form.locator('input[name=customer-currency]').fill('jpy');
    await form.locator('input[name=customer-country]').fill('jp');
    await form.locator('button', { hasText: 'Add a tax ID' }).click();
    await form.locator('input[name=tax-id-0-value]').fill('T9876543210987');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => page.locator('[data-testid=customer-name]').textContent()).toBe('Sakura Labs');
    customerId = (await api(server.url, 'GET', '/v1/customers/tenant-sakura')).id;
    await page.locator('[data-testid=edit-customer]').click();
    await form.locator('input[name=customer-name]').fill('さくらラボ株式会社');
    await form.locator('input[name=customer-city]').fill('京都府');
    await form.locator('button[type=submit]').click();
    await expect
      .poll(() => page.locator('[data-testid=customer-name]').textContent())
      .toBe('さくらラボ株式会社');
    const saved = await api(server.url, 'GET', `/v1/customers/${customerId}`);
    expect(saved).toMatchObject({
      currency: 'JPY',
      email: 'billing@sakura.example.jp',
      billing_details: {
        address: { country: 'JP', city: '京都府' },
        tax_ids: [{ type: 'jp_trn', value: 'T9876543210987' }],
      },
    });
  });

  it('subscribes the customer to a plan with 3 seats', async () => {
    await subscriptions().locator('[data-testid=subscribe]').click();
    const form = page.locator('[data-testid=subscribe-form]');
    await form.locator('select[name=plan]').selectOption({ label: 'Plan A (JPY)' });
    await form.locator('[data-testid="quantity-Seats"]').fill('3');
    await form.locator('button[type=submit]').click();
    await expect.poll(() => subscriptions().locator('tbody').textContent()).toContain('Seats × 3');
    expect(await subscriptions().locator('tbody').textContent()).toContain('Plan A');
    expect(await subscriptions().locator('tbody').textContent()).not.toMatch(/pp_|lf_/);
  });

  it('shows the minimum spend of a subscription (docs/billing.md, Commitments)', async () => {
    const subs = await api(server.url, 'GET', `/v1/subscriptions?customer=${customerId}`);
    const id = subs.data[0].id;
    await api(server.url, 'POST', `/v1/subscriptions/${id}`, {
      minimum: { amount: '50000', currency: 'JPY' },
    });
    await page.reload();
    const minimum = () => subscriptions().locator('[data-testid=sub-minimum]').first().textContent();
    await expect.poll(minimum).toContain('Minimum spend');
    expect(await minimum()).toMatch(/50,000/);
    // Removed again, so that the changes below are invoiced without a true-up.
    await api(server.url, 'POST', `/v1/subscriptions/${id}`, { minimum: null });
    await page.reload();
    await subscriptions().locator('tbody').waitFor();
    expect(await subscriptions().locator('[data-testid=sub-minimum]').count()).toBe(0);
  });

  /** Opens a form, shows its proration, saves it invoicing the difference now; returns the preview total. */
  async function prorated(form: 'quantity' | 'plan', fill: () => Promise<void>, shot: string) {
    await subscriptions().locator(`[data-testid=sub-${form}]`).first().click();
    const box = page.locator(
      form === 'plan' ? '[data-testid=change-plan-form]' : '[data-testid=quantity-form]',
    );
    await fill();
    await box.locator('select[name=proration-behavior]').selectOption('always_invoice');
    const preview = box.locator('[data-testid=proration-preview]');
    await preview.waitFor();
    await settled(page);
    await shoot(page, shot);
    const total = yen(await preview.locator('[data-testid=proration-total]').textContent());
    const before = (await api(server.url, 'GET', `/v1/invoices?customer=${customerId}&limit=100`)).data
      .length;
    await box.locator('button[type=submit]').click();
    await box.waitFor({ state: 'detached' });
    await expect
      .poll(
        async () =>
          (await api(server.url, 'GET', `/v1/invoices?customer=${customerId}&limit=100`)).data.length,
      )
      .toBe(before + 1);
    const invoices = (await api(server.url, 'GET', `/v1/invoices?customer=${customerId}&limit=100`)).data;
    const newest = invoices.sort((a: any, b: any) => b.created_at.localeCompare(a.created_at))[0];
    return { total, invoiced: Number(newest.subtotal) };
  }

  it('changes the seats with a proration preview that matches the invoice', async () => {
    const { total, invoiced } = await prorated(
      'quantity',
      () => page.locator('[data-testid=quantity-form] [data-testid="quantity-Seats"]').fill('5'),
      'flow-en-1280-quantity-preview',
    );
    // two more seats at ¥1,000 for about a whole month; the server priced it seconds later
    expect(total).toBeGreaterThan(1900);
    expect(Math.abs(total - invoiced)).toBeLessThanOrEqual(1);
    await expect.poll(() => subscriptions().locator('tbody').textContent()).toContain('Seats × 5');
  });

  it('changes the plan with a proration preview that matches the invoice', async () => {
    const { total, invoiced } = await prorated(
      'plan',
      async () => {
        await page.locator('select[name=new-plan]').selectOption({ label: 'Plan B' });
      },
      'flow-en-1280-plan-change-preview',
    );
    // Plan B's base fee is ¥3,000 more than Plan A's; seats carry over
    expect(total).toBeGreaterThan(2800);
    expect(Math.abs(total - invoiced)).toBeLessThanOrEqual(1);
    await expect.poll(() => subscriptions().locator('tbody').textContent()).toContain('Plan B');
  });

  it('cancels at period end, then now', async () => {
    await subscriptions().locator('[data-testid=sub-cancel]').first().click();
    await page.locator('[data-testid=cancel-form] [data-testid=confirm-cancel]').click();
    await expect.poll(() => subscriptions().locator('tbody').textContent()).toMatch(/Cancels on/);
    await subscriptions().locator('[data-testid=sub-cancel]').first().click();
    const form = page.locator('[data-testid=cancel-form]');
    await form.locator('select[name=effective-at]').selectOption('now');
    await form.locator('[data-testid=proration-preview]').waitFor();
    await form.locator('[data-testid=confirm-cancel]').click();
    await expect.poll(() => subscriptions().locator('.badge').first().textContent()).toBe('Canceled');
    const subs = await api(server.url, 'GET', `/v1/subscriptions?customer=${customerId}`);
    expect(subs.data[0].status).toBe('canceled');
  });

  it('grants credits and voids them', async () => {
    const grants = page.locator('[data-testid=credit-grants]');
    await grants.locator('[data-testid=new-grant]').click();
    await grants.locator('input[name=grant-name]').fill('Launch credit');
    await grants.locator('input[name=grant-amount]').fill('5000');
    await grants.locator('button[type=submit]').click();
    const row = grants.locator('tbody tr', { hasText: 'Launch credit' });
    await expect.poll(() => row.textContent()).toContain('¥5,000');
    expect(await row.locator('.badge').textContent()).toBe('Active');
    await row.locator('button', { hasText: 'Void' }).click();
    await expect.poll(() => row.locator('.badge').textContent()).toBe('Voided');
  });

  it('finalizes a draft (no void on a draft), records a partial payment and then the rest', async () => {
    const draft = await api(server.url, 'POST', '/v1/invoices', {
      customer: customerId,
      lines: [{ description: 'Onboarding', amount: '30000', quantity: '1' }],
    });
    await page.evaluate((id) => {
      window.location.hash = `/invoices/${id}`;
    }, draft.id);
    await page.locator('.badge-draft').waitFor();
    expect(await page.locator('[data-testid=void-invoice]').count()).toBe(0);
    expect(await page.locator('[data-testid=record-payment]').count()).toBe(0);
    await page.locator('button', { hasText: 'Finalize' }).click();
    await page.locator('.badge-open').waitFor();
    const open = await api(server.url, 'GET', `/v1/invoices/${draft.id}`);
    expect(open.amount_remaining).toBe(open.amount_due);
    // A partial payment: 10,000 by card; the invoice stays open.
    await page.locator('[data-testid=record-payment]').click();
    const form = page.locator('[data-testid=payment-form]');
    expect(await form.locator('input[name=payment-amount]').inputValue()).toBe(open.amount_remaining);
    await form.locator('input[name=payment-amount]').fill('10000');
    await form.locator('select[name=payment-method]').selectOption('card');
    await form.locator('button[type=submit]').click();
    await form.waitFor({ state: 'detached' });
    const payments = page.locator('[data-testid=invoice-payments]');
    await expect.poll(() => payments.locator('tbody tr').count()).toBe(1);
    expect(await page.locator('.badge-open').count()).toBe(1);
    const left = Number(open.amount_due) - 10000;
    expect(yen(await page.locator('[data-testid=amount-remaining]').textContent())).toBe(left);
    expect(yen(await page.locator('[data-testid=amount-paid]').textContent())).toBe(10000);
    expect(await payments.locator('tbody tr').first().textContent()).toContain('Card');
    const partly = await api(server.url, 'GET', `/v1/invoices/${draft.id}`);
    expect(partly.status).toBe('open');
    expect(Number(partly.amount_remaining)).toBe(left);
    // The rest: the amount defaults to what is left, by bank transfer with a reference and a date.
    await page.locator('[data-testid=record-payment]').click();
    expect(await form.locator('input[name=payment-amount]').inputValue()).toBe(partly.amount_remaining);
    await form.locator('input[name=payment-reference]').fill('BT-2026-0042');
    const yesterday = new Date(Date.now() - 86_400_000);
    const day = `${yesterday.getFullYear()}-${String(yesterday.getMonth() + 1).padStart(2, '0')}-${String(yesterday.getDate()).padStart(2, '0')}`;
    await form.locator('input[name=payment-date]').fill(day);
    await settled(page);
    await shoot(page, 'flow-en-1280-record-payment');
    await form.locator('button[type=submit]').click();
    await page.locator('.badge-paid').waitFor();
    expect(await page.locator('[data-testid=paid-at]').textContent()).toContain('BT-2026-0042');
    await expect.poll(() => payments.locator('tbody tr').count()).toBe(2);
    expect(yen(await page.locator('[data-testid=amount-remaining]').textContent())).toBe(0);
    const paid = await api(server.url, 'GET', `/v1/invoices/${draft.id}`);
    expect(paid.status).toBe('paid');
    expect(paid.payment_reference).toBe('BT-2026-0042');
    expect(new Date(paid.paid_at).getTime()).toBeLessThan(Date.now() - 6 * 3600_000);
    const list = await api(server.url, 'GET', `/v1/invoices/${draft.id}/payments`);
    const rows = list.data.map((p: any) => [p.amount, p.method]);
    expect(rows).toHaveLength(2);
    expect(rows).toContainEqual(['10000', 'card']);
    expect(rows).toContainEqual([String(left), 'bank_transfer']);
  });

  it('deletes a one-off draft; a subscription draft has no delete', async () => {
    const draft = await api(server.url, 'POST', '/v1/invoices', {
      customer: customerId,
      lines: [{ description: 'Setup fee', amount: '5000' }],
      finalize: false,
    });
    expect(draft.billing_reason).toBe('manual');
    await page.evaluate((id) => {
      window.location.hash = `/invoices/${id}`;
    }, draft.id);
    await page.locator('.badge-draft').waitFor();
    expect(await page.locator('[data-testid=void-invoice]').count()).toBe(0);
    await page.locator('[data-testid=delete-invoice]').click();
    await page.locator('[data-testid=invoices]').waitFor();
    expect(await page.evaluate(() => window.location.hash)).toBe('#/invoices');
    expect((await call(server.url, 'GET', `/v1/invoices/${draft.id}`)).status).toBe(404);
    // A subscription's draft has no Delete (and no Void).
    const drafts = await api(server.url, 'GET', '/v1/invoices?status=draft&limit=100');
    const subDraft = drafts.data.find((i: any) => i.billing_reason !== 'manual');
    if (subDraft) {
      await page.evaluate((id) => {
        window.location.hash = `/invoices/${id}`;
      }, subDraft.id);
      await page.locator('.badge-draft').waitFor();
      await page.locator('button', { hasText: 'Finalize' }).waitFor();
      expect(await page.locator('[data-testid=delete-invoice]').count()).toBe(0);
      expect(await page.locator('[data-testid=void-invoice]').count()).toBe(0);
    }
  });

  it('shows names, never customer or fee ids, in lists', async () => {
    for (const [path, testId] of [
      ['/invoices', 'invoices'],
      ['/revenue', 'journal'],
      ['/customers/tenant-acme-jp', 'subscriptions'],
    ] as const) {
      await page.evaluate((p) => {
        window.location.hash = p;
      }, path);
      await page.locator(`[data-testid=${testId}]`).waitFor();
      await settled(page);
      expect(await page.locator(`[data-testid=${testId}]`).innerText(), path).not.toMatch(
        /\b(cus|lf|pp|sub)_[0-9A-Z]{10,}/,
      );
    }
    expect(await page.locator('[data-testid=invoices], [data-testid=subscriptions]').first().count()).toBe(1);
    expect(errors).toEqual([]);
  });

  it('keeps the forms usable on a phone', async () => {
    const phone = await consoleTab(browser, { width: 390, lang: 'ja', key: server.key });
    try {
      await openConsole(phone.page, server.url);
      await phone.page.evaluate((id) => {
        window.location.hash = `/customers/${id}`;
      }, 'tenant-acme-jp');
      await settled(phone.page);
      await phone.page.locator('[data-testid=sub-plan]').first().click();
      await phone.page.locator('[data-testid=proration-preview]').waitFor();
      await settled(phone.page);
      await expectNoOverflow(phone.page, 'change plan on a phone');
      await shoot(phone.page, 'flow-ja-390-plan-change-preview');
      await phone.page.locator('[data-testid=edit-customer]').click();
      await expectNoOverflow(phone.page, 'customer form on a phone');
      await shoot(phone.page, 'flow-ja-390-customer-form');
      expect(phone.errors).toEqual([]);
    } finally {
      await phone.context.close();
    }
  });
});
