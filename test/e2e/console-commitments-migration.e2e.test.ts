import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ok } from './billing-setup.js';
import { chromiumAvailable, launch } from './browser.js';
import { type MigrationFixture, migrationFixture } from './commitments-migration-setup.js';
import { consoleTab, openConsole, settled } from './console-walk.js';
import { type DemoServer, startDemoServer } from './server.js';
import { untranslatedText } from './untranslated.js';

/**
 * Plan migration and commitments in the console, against a real `tariff serve` (its own data, no demo): moving
 * every subscription of a plan version to the next (dry run, confirm, result, past migrations);
 * subscribing with a minimum spend and a prepaid commitment, changing the minimum, and the
 * upcoming invoice's true-up line and commitment burn-down; no English left on either page in
 * Japanese. The pictures in docs/images come from here.
 */
vi.setConfig({ testTimeout: 240_000 });

const IMAGES = fileURLToPath(new URL('../../docs/images', import.meta.url));
const texts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((e) => (e.textContent ?? '').trim()));

describe.skipIf(!chromiumAvailable())('console: plan migration and commitments', () => {
  let dir: string;
  let server: DemoServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let fx: MigrationFixture;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tariff-e2e-migration-'));
    server = await startDemoServer(join(dir, 'data'), { demo: false });
    fx = await migrationFixture(server.url);
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

  const go = (p: Page, hash: string) =>
    p.evaluate((h) => {
      window.location.hash = h;
    }, hash);

  /** The plan page at version 1, the migration form open and its dry run (to version 2, now) shown. */
  async function dryRun(p: Page): Promise<void> {
    await go(p, `/plans/${fx.plan}`);
    await settled(p);
    await p.locator('select[name=plan-version]').selectOption('1');
    await p.locator('[data-testid=migrate]').click();
    const form = p.locator('[data-testid=migrate-form]');
    await form.locator('select[name=to-version]').selectOption('2');
    await form.locator('select[name=effective-at]').selectOption('now');
    await form.locator('select[name=proration-behavior]').selectOption('create_prorations');
    await form.locator('[data-testid=migration-dry-run]').click();
    await form.locator('[data-testid=migration-preview] tbody tr').first().waitFor();
    await settled(p);
  }

  it('migrates a plan version: dry run, confirm, the result and the past migrations', async () => {
    await dryRun(page);
    const preview = page.locator('[data-testid=migration-preview]');
    const rows = await texts(page, '[data-testid=migration-preview] tbody tr');
    expect(rows).toHaveLength(2);
    const body = await ok(server.url, 'POST', '/v1/plan_migrations/preview', {
      from: { pricing_plan: fx.plan, pricing_plan_version: 1 },
      to: { pricing_plan: fx.plan, pricing_plan_version: 2 },
      effective: 'now',
      proration_behavior: 'create_prorations',
    });
    // The table shows what the API's dry run answers, with the difference worked out.
    for (const r of body.data) {
      const row = rows.find((text) => text.includes(r.subscription)) ?? '';
      expect(r.error).toBeNull();
      expect(row).toContain(`$${Number(r.old_upcoming_total).toFixed(2)}`);
      expect(row).toContain(`$${Number(r.new_upcoming_total).toFixed(2)}`);
    }
    await preview.locator('p.muted').first().waitFor();
    await page
      .locator('[data-testid=plan-migrations]')
      .screenshot({ path: join(IMAGES, 'console-plan-migration.png') });

    await page.locator('[data-testid=migration-confirm]').click();
    const result = page.locator('[data-testid=migration-result]');
    await expect.poll(async () => (await result.textContent()) ?? '').toContain('2 of 2 moved, 0 failed');
    expect(await result.textContent()).toContain('Completed');
    await expect
      .poll(() => texts(page, '[data-testid=plan-migrations] table tbody tr'))
      .toEqual([expect.stringMatching(/v1.*v2.*Now.*Completed.*2 \/ 2.*0/)]);
    for (const m of fx.migrating) {
      const sub = await ok(server.url, 'GET', `/v1/subscriptions/${m.subscription}`);
      expect(sub.pricing_plan_version).toBe(2);
    }
    const list = await ok(server.url, 'GET', '/v1/plan_migrations');
    expect(list.data[0]).toMatchObject({ status: 'completed', total: 2, migrated: 2, failed: 0 });
  });

  it('subscribes with a minimum spend and a prepaid commitment, and shows both on the upcoming invoice', async () => {
    await go(page, `/customers/${fx.committed}`);
    await settled(page);
    await page.locator('[data-testid=subscribe]').click();
    const form = page.locator('[data-testid=subscribe-form]');
    await form.locator('select[name=plan]').selectOption(fx.plan);
    await form.locator('input[name=minimum]').fill('500');
    await form.locator('input[name=prepaid-commitment]').fill('300');
    await form.locator('input[name=term-months]').fill('6');
    await form.locator('button[type=submit]').click();
    await page.locator('[data-testid=sub-minimum]').waitFor();
    const subs = await ok(server.url, 'GET', `/v1/subscriptions?customer=${fx.committed}`);
    const sub = subs.data[0];
    expect(sub).toMatchObject({
      minimum: { amount: '500.00', currency: 'USD' },
      prepaid_commitment: { amount: '300.00', currency: 'USD' },
    });
    // Until its invoice is paid, the commitment says so; paid, its grant burns down.
    await page.locator('[data-testid=commitment-burn-down]').waitFor();
    expect(await page.locator('[data-testid=commitment-burn-down]').textContent()).toContain(
      'usable once its invoice is paid',
    );
    await ok(server.url, 'POST', `/v1/invoices/${sub.prepaid_commitment.invoice}/pay`, {});

    // The minimum changed from the console: 500 → 1,000.
    await page.locator('button[data-testid=sub-commitments]').click();
    const minimum = page.locator('[data-testid=minimum-form]');
    await minimum.locator('input[name=minimum]').fill('1000');
    await minimum.locator('button[type=submit]').click();
    await expect
      .poll(async () => (await ok(server.url, 'GET', `/v1/subscriptions/${sub.id}`)).minimum)
      .toEqual({ amount: '1000.00', currency: 'USD' });

    // 1,200 API calls at $0.10: $120 of usage, burned from the $300 commitment.
    await ok(server.url, 'POST', '/v1/meter_events', {
      event_name: fx.eventName,
      payload: { customer: fx.committed, value: 1200 },
      timestamp: new Date().toISOString(),
      identifier: `e2e-commit-${Date.now()}`,
    });
    await expect
      .poll(
        async () =>
          (await ok(server.url, 'GET', `/v1/invoices/upcoming?subscription=${sub.id}`)).lines.find(
            (l: any) => l.type === 'usage',
          )?.amount,
        { timeout: 60_000 },
      )
      .toBe('120.00');
    const upcoming = await ok(server.url, 'GET', `/v1/invoices/upcoming?subscription=${sub.id}`);
    // Charges of the period: $120 of usage and the period's own $100 fee, $780 short of $1,000.
    const trueUp = upcoming.lines.find((l: any) => l.type === 'minimum_commitment_true_up');
    expect(trueUp?.amount).toBe('780.00');
    expect(upcoming).toMatchObject({ subtotal: '1000.00', credits_applied: '120.00', total: '880.00' });

    await page.reload();
    await settled(page);
    const panel = page.locator('[data-testid=upcoming]');
    await expect.poll(async () => (await panel.textContent()) ?? '').toContain('Minimum commitment true-up');
    const burn = page.locator('[data-testid=commitment-burn-down]');
    await expect
      .poll(async () => (await burn.textContent()) ?? '')
      .toMatch(/\$300\.00 committed, \$120\.00 used, \$180\.00 left until/);
    expect(await page.locator('[data-testid=sub-minimum]').textContent()).toContain('$1,000.00');
    expect(await page.locator('[data-testid=sub-commitment]').textContent()).toContain('$300.00');
    await shootPanels(page, join(IMAGES, 'console-commitments.png'));
  });

  it('has no English on the plan migration and commitments in Japanese', async () => {
    const ja = await consoleTab(browser, { width: 1280, lang: 'ja', key: server.key });
    try {
      await openConsole(ja.page, server.url);
      await dryRun(ja.page);
      expect(await untranslatedText(ja.page)).toEqual([]);
      await go(ja.page, `/customers/${fx.committed}`);
      await settled(ja.page);
      await ja.page.locator('[data-testid=commitment-burn-down]').waitFor();
      await ja.page.locator('button[data-testid=sub-commitments]').click();
      await ja.page.locator('[data-testid=minimum-form]').waitFor();
      expect(await ja.page.locator('[data-testid=commitment-burn-down]').textContent()).toContain('消化');
      expect(await untranslatedText(ja.page)).toEqual([]);
      expect(ja.errors).toEqual([]);
    } finally {
      await ja.context.close();
    }
  });
});

/** The subscriptions and upcoming-invoice panels alone (the panels between them hidden for the picture). */
async function shootPanels(page: Page, path: string): Promise<void> {
  const keep = ['subscriptions', 'upcoming'];
  await page.evaluate((ids) => {
    for (const el of Array.from(document.querySelectorAll<HTMLElement>('main section.panel')))
      if (!ids.includes(el.dataset.testid ?? '') && !el.querySelector('[data-testid=subscriptions]'))
        el.style.display = 'none';
  }, keep);
  await page.evaluate(async () => {
    await document.fonts.ready;
  });
  const a = await page.locator('[data-testid=subscriptions]').boundingBox();
  const b = await page.locator('[data-testid=upcoming]').boundingBox();
  if (!a || !b) throw new Error('panels not on the page');
  const scroll = await page.evaluate(() => window.scrollY);
  const top = Math.min(a.y, b.y) + scroll;
  const bottom = Math.max(a.y + a.height, b.y + b.height) + scroll;
  const left = Math.min(a.x, b.x);
  const right = Math.max(a.x + a.width, b.x + b.width);
  await page.screenshot({
    path,
    fullPage: true,
    clip: { x: left, y: top, width: right - left, height: bottom - top },
  });
  await page.reload();
}
