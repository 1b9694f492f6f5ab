import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call } from '../../src/testing/process.js';
import { chromiumAvailable, launch } from './browser.js';
import { consoleTab, openConsole, settled } from './console-walk.js';
import { type DemoServer, startDemoServer } from './server.js';
import { untranslatedText } from './untranslated.js';

/**
 * Collection in the console, against a real `tariff serve --demo`: the issuer's address, phone
 * and bank transfer details, payment terms and the dunning policy set in Settings; a customer's
 * own terms (月末締め翌月末払い) on the customer form; the invoice shows its due date; the Japanese
 * settings page has no English left.
 */
vi.setConfig({ testTimeout: 240_000 });

const get = async (url: string, path: string) => (await call(url, 'GET', path)).body;

describe.skipIf(!chromiumAvailable())('console: payment terms, dunning and issuer details', () => {
  let dir: string;
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tariff-e2e-collection-'));
    server = await startDemoServer(join(dir, 'data'));
    browser = await launch();
    ({ context, page } = await consoleTab(browser, { width: 1280, lang: 'en', key: server.key }));
    await openConsole(page, server.url);
  }, 400_000);

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  const go = (hash: string) =>
    page.evaluate((h) => {
      window.location.hash = h;
    }, hash);

  it('sets the issuer details, payment terms and dunning in Settings', async () => {
    await go('/settings');
    const form = page.locator('[data-testid=collection-settings]');
    await form.locator('input[name=issuer-postal_code]').fill('150-0002');
    await form.locator('input[name=issuer-state]').fill('東京都');
    await form.locator('input[name=issuer-city]').fill('渋谷区');
    await form.locator('input[name=issuer-line1]').fill('渋谷2-21-1');
    await form.locator('input[name=issuer-phone]').fill('03-1234-5678');
    await form.locator('input[name=bank-bank_name]').fill('みずほ銀行');
    await form.locator('input[name=bank-branch_name]').fill('渋谷支店');
    await form.locator('select[name=bank-account_type]').selectOption('checking');
    await form.locator('input[name=bank-account_number]').fill('1234567');
    await form.locator('input[name=bank-account_holder]').fill('カ）タリフデモ');
    await form.locator('select[name=payment_terms]').selectOption('net:60');
    await form.locator('input[name=reminders_days]').fill('-3, 0, 3');
    await form.locator('input[name=retries_days]').fill('1, 3');
    await form.locator('select[name=final_action]').selectOption('mark_uncollectible');
    await form.locator('button[type=submit]').click();
    await form.locator('.ok').waitFor();
    const account = await get(server.url, '/v1/account');
    expect(account).toMatchObject({
      address: { postal_code: '150-0002', state: '東京都', city: '渋谷区', line1: '渋谷2-21-1' },
      phone: '03-1234-5678',
      bank_transfer: { bank_name: 'みずほ銀行', account_type: 'checking', account_number: '1234567' },
      payment_terms: { type: 'net', days: 60 },
      dunning: { reminders_days: [-3, 0, 3], retries_days: [1, 3], final_action: 'mark_uncollectible' },
    });
  });

  it("gives one customer its own terms, and its next invoice's due date follows them", async () => {
    await go('/customers/tenant-acme-jp');
    await settled(page);
    await page.locator('[data-testid=edit-customer]').click();
    const form = page.locator('[data-testid=customer-form]');
    await form.locator('select[name=customer-payment_terms]').selectOption('end_of_following_month');
    await form.locator('button[type=submit]').click();
    await expect
      .poll(async () => (await get(server.url, '/v1/customers/tenant-acme-jp')).payment_terms)
      .toEqual({ type: 'end_of_following_month' });
    const acme = await get(server.url, '/v1/customers/tenant-acme-jp');
    const invoice = (
      await call(server.url, 'POST', '/v1/invoices', {
        customer: acme.id,
        lines: [{ description: '導入支援', amount: '50000', quantity: '1' }],
        finalize: true,
      })
    ).body;
    await go(`/invoices/${invoice.id}`);
    await settled(page);
    await expect.poll(() => page.locator('[data-testid=due-date]').count()).toBe(1);
    expect(invoice.due_date).not.toBeNull();
  });

  it('has no English on the Japanese settings page', async () => {
    const ja = await consoleTab(browser, { width: 1280, lang: 'ja', key: server.key });
    try {
      await openConsole(ja.page, server.url);
      await ja.page.evaluate(() => {
        window.location.hash = '/settings';
      });
      await settled(ja.page);
      await ja.page.locator('[data-testid=collection-settings]').waitFor();
      expect(await untranslatedText(ja.page)).toEqual([]);
      expect(ja.errors).toEqual([]);
    } finally {
      await ja.context.close();
    }
  });
});
