import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { call } from '../../src/testing/process.js';
import { chromiumAvailable, launch } from './browser.js';
import { consoleTab, expectNoOverflow, openConsole, settled, shoot, WIDTHS } from './console-walk.js';
import { type DemoServer, startDemoServer } from './server.js';
import { untranslatedText } from './untranslated.js';

/**
 * Every page of the console, in English and Japanese, at 1,280 px and 390 px, against a real
 * `tariff serve --demo`: nothing wider than the window, no English or raw API value on a Japanese
 * page, no script error, and a screenshot of each in test-artifacts/console.
 */
vi.setConfig({ testTimeout: 300_000 });

async function ok(url: string, method: string, path: string, body?: unknown): Promise<any> {
  const res = await call(url, method, path, body);
  if (res.status >= 300) throw new Error(`${method} ${path}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
}

describe.skipIf(!chromiumAvailable())('console pages at both widths, in both languages', () => {
  let dir: string;
  let server: DemoServer;
  let browser: Browser;
  let pages: [string, string][];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tariff-e2e-pages-'));
    server = await startDemoServer(join(dir, 'data'));
    const url = server.url;
    // An invoice with Japan's consumption tax, so the tax label shows (and is named once).
    await ok(url, 'POST', '/v1/tax_rates', {
      display_name: '消費税',
      percentage: '10',
      inclusive: false,
      country: 'JP',
      default: true,
    });
    const acme = await ok(url, 'GET', '/v1/customers/tenant-acme-jp');
    const taxed = await ok(url, 'POST', '/v1/invoices', {
      customer: acme.id,
      lines: [{ description: '導入支援', amount: '50000', quantity: '1' }],
      finalize: true,
    });
    const plans = await ok(url, 'GET', '/v1/pricing_plans?limit=100');
    const planB = plans.data.find((p: { name: string }) => p.name === 'Plan B') ?? plans.data[0];
    const meters = await ok(url, 'GET', '/v1/meters?limit=100');
    pages = [
      ['customers', '/customers'],
      ['customer', '/customers/tenant-acme-jp'],
      ['plans', '/plans'],
      ['plan', `/plans/${planB.id}`],
      ['meters', '/meters'],
      ['meter', `/meters/${meters.data[0].id}`],
      ['invoices', '/invoices'],
      ['invoice', `/invoices/${taxed.id}`],
      ['finance', '/finance'],
      ['revenue', '/revenue'],
      ['settings', '/settings'],
      ['audit', '/audit'],
    ];
    browser = await launch();
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  for (const lang of ['en', 'ja'] as const) {
    for (const width of WIDTHS) {
      it(`walks every page in ${lang} at ${width} px`, async () => {
        const { context, page, errors } = await consoleTab(browser, { width, lang, key: server.key });
        const untranslated: string[] = [];
        try {
          await openConsole(page, server.url);
          for (const [name, path] of pages) {
            await page.evaluate((p) => {
              window.location.hash = p;
            }, path);
            await settled(page);
            await expectNoOverflow(page, `${lang} ${width} ${name}`);
            if (lang === 'ja')
              for (const text of await untranslatedText(page)) untranslated.push(`${name}: ${text}`);
            await shoot(page, `${lang}-${width}-${name}`);
          }
          // The tax rate's own name says it is a tax: never 「消費税 消費税 10%」.
          await page.evaluate(
            (p) => {
              window.location.hash = p;
            },
            pages.find(([n]) => n === 'invoice')?.[1] ?? '',
          );
          await settled(page);
          const totals = (await page.locator('[data-testid=invoice-totals]').textContent()) ?? '';
          expect(totals).toContain('消費税 10%');
          expect(totals).not.toContain('消費税 消費税');
          if (width < 760) {
            // Phones: the menu is folded behind a button, and opens and closes.
            const link = page.locator('nav a[href="#/invoices"]');
            expect(await link.isVisible()).toBe(false);
            await page.locator('[data-testid=menu-button]').click();
            await link.click();
            await page.locator('[data-testid=invoices]').waitFor();
            expect(await link.isVisible()).toBe(false);
          }
          expect(untranslated).toEqual([]);
          expect(errors).toEqual([]);
        } finally {
          await context.close();
        }
      });
    }
  }
});
