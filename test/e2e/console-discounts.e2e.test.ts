import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call } from '../../src/testing/process.js';
import { chromiumAvailable, launch } from './browser.js';
import { consoleTab, openConsole, settled } from './console-walk.js';
import { type DemoServer, startDemoServer } from './server.js';
import { untranslatedText } from './untranslated.js';

/**
 * Discounts in the console (issue #14), against a real `tariff serve`: a coupon and a promotion
 * code made on the Discounts page, the coupon applied to a customer and removed on its page, an
 * API refusal shown in the form, and no English left on the Japanese pages.
 */
vi.setConfig({ testTimeout: 240_000 });

const IMAGES = fileURLToPath(new URL('../../docs/images', import.meta.url));
const get = async (url: string, path: string) => (await call(url, 'GET', path)).body;

describe.skipIf(!chromiumAvailable())('console: coupons, promotion codes and a customer discount', () => {
  let dir: string;
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let customer: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tariff-e2e-discounts-'));
    server = await startDemoServer(join(dir, 'data'), { demo: false });
    customer = (await call(server.url, 'POST', '/v1/customers', { name: 'Kappa KK' })).body.id;
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

  it('creates a repeating percent coupon and an amount coupon on the Discounts page', async () => {
    await go('/discounts');
    const panel = page.locator('[data-testid=coupons]');
    await panel.locator('input[name=coupon-name]').fill('Launch 20%');
    await panel.locator('input[name=coupon-off]').fill('20');
    await panel.locator('select[name=coupon-duration]').selectOption('repeating');
    await panel.locator('input[name=coupon-months]').fill('3');
    await panel.locator('input[name=coupon-max]').fill('100');
    await panel.locator('input[name=coupon-day]').fill('2027-06-30');
    await panel.locator('button[type=submit]').click();
    await panel.getByText('Launch 20%').waitFor();
    await panel.getByText('3 months').waitFor();

    await panel.locator('input[name=coupon-name]').fill('Welcome ¥5,000');
    await panel.locator('select[name=coupon-kind]').selectOption('amount');
    await panel.locator('input[name=coupon-off]').fill('5000');
    await panel.locator('input[name=coupon-currency]').fill('JPY');
    await panel.locator('button[type=submit]').click();
    await panel.getByText('Welcome ¥5,000').waitFor();

    const coupons = (await get(server.url, '/v1/coupons')).data;
    expect(coupons).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          name: 'Launch 20%',
          percent_off: '20',
          duration: 'repeating',
          duration_in_months: 3,
          max_redemptions: 100,
          redeem_by: '2027-06-30T00:00:00.000Z',
        }),
        expect.objectContaining({
          name: 'Welcome ¥5,000',
          amount_off: '5000',
          currency: 'JPY',
          duration: 'once',
        }),
      ]),
    );
  });

  it('creates a first-time-only promotion code for the coupon', async () => {
    const panel = page.locator('[data-testid=promotion-codes]');
    const launch20 = (await get(server.url, '/v1/coupons')).data.find(
      (c: { name: string }) => c.name === 'Launch 20%',
    );
    await panel.locator('input[name=promo-code]').fill('LAUNCH20');
    await panel.locator('select[name=promo-coupon]').selectOption(launch20.id);
    await panel.locator('input[name=promo-max]').fill('50');
    await panel.locator('input[name=promo-day]').fill('2027-03-31');
    await panel.locator('input[name=promo-first-time]').check();
    await panel.locator('input[name=promo-minimum]').fill('50');
    await panel.locator('input[name=promo-minimum-currency]').fill('usd');
    await panel.locator('button[type=submit]').click();
    await panel.getByText('LAUNCH20').waitFor();
    const codes = (await get(server.url, '/v1/promotion_codes')).data;
    expect(codes).toEqual([
      expect.objectContaining({
        code: 'LAUNCH20',
        coupon: launch20.id,
        max_redemptions: 50,
        expires_at: '2027-03-31T00:00:00.000Z',
        restrictions: {
          first_time_transaction: true,
          minimum_amount: '50.00',
          minimum_amount_currency: 'USD',
        },
      }),
    ]);
    await settled(page);
    await page.evaluate(async () => {
      await document.fonts.ready;
    });
    await page.screenshot({ path: join(IMAGES, 'console-discounts.png'), fullPage: true });
  });

  it('shows the API refusal of a bad coupon and writes nothing', async () => {
    const panel = page.locator('[data-testid=coupons]');
    await panel.locator('select[name=coupon-kind]').selectOption('percent');
    await panel.locator('input[name=coupon-name]').fill('Too much');
    await panel.locator('input[name=coupon-off]').fill('150');
    await panel.locator('button[type=submit]').click();
    await panel.getByText('percent_off must be above 0 and at most 100.', { exact: false }).waitFor();
    expect((await get(server.url, '/v1/coupons')).data).toHaveLength(2);
  });

  it("applies the coupon on the customer's page, sees it, and removes it", async () => {
    await go(`/customers/${customer}`);
    await settled(page);
    const panel = page.locator('[data-testid=customer-discount]');
    const launch20 = (await get(server.url, '/v1/coupons')).data.find(
      (c: { name: string }) => c.name === 'Launch 20%',
    );
    await panel.locator('select[name=apply-coupon]').selectOption(launch20.id);
    await panel.locator('[data-testid=apply-coupon]').click();
    await panel.getByText('Launch 20%').first().waitFor();
    await panel.locator('[data-testid=remove-discount]').waitFor();
    const applied = (await get(server.url, `/v1/customers/${customer}/discounts`)).data;
    expect(applied).toHaveLength(1);
    expect(applied[0].coupon.id).toBe(launch20.id);
    expect(applied[0].end).not.toBeNull();
    expect((await get(server.url, `/v1/coupons/${launch20.id}`)).times_redeemed).toBe(1);

    await panel.locator('[data-testid=remove-discount]').click();
    await expect
      .poll(async () => (await get(server.url, `/v1/customers/${customer}/discounts`)).data)
      .toEqual([]);
    await expect.poll(() => panel.locator('[data-testid=remove-discount]').count()).toBe(0);
  });

  it('has no English on the Japanese discounts and customer pages', async () => {
    const ja = await consoleTab(browser, { width: 1280, lang: 'ja', key: server.key });
    try {
      await openConsole(ja.page, server.url);
      for (const hash of ['/discounts', `/customers/${customer}`]) {
        await ja.page.evaluate((h) => {
          window.location.hash = h;
        }, hash);
        await settled(ja.page);
        await ja.page.locator('h1').first().waitFor();
        expect(await untranslatedText(ja.page)).toEqual([]);
      }
      expect(ja.errors).toEqual([]);
    } finally {
      await ja.context.close();
    }
  });
});
