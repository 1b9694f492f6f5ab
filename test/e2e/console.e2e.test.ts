import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { pdfText, squash } from '../../src/documents/pdf-text.js';
import { call } from '../../src/testing/process.js';
import { type BillingFixture, billingFixture } from './billing-setup.js';
import { ARTIFACTS, chromiumAvailable, launch, snap } from './browser.js';
import { type DemoServer, startDemoServer } from './server.js';

/**
 * The console in Debian's Chromium against a real `tariff serve --demo` (a child process on
 * PGlite): sign in, find a demo customer, see their usage and upcoming invoice, edit a rate and
 * watch the preview, finalize an invoice and download its PDF. Screenshots go to
 * test-artifacts/e2e (gitignored).
 */
// The demo server shares 2 cores with the rest of the suite: panels such as the upcoming invoice
// can take tens of seconds to compute under that load, so waits are generous.
vi.setConfig({ testTimeout: 240_000 });

describe.skipIf(!chromiumAvailable())('console end to end', () => {
  let dir: string;
  let server: DemoServer;
  let fixture: BillingFixture;
  let browser: Browser;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tariff-e2e-'));
    server = await startDemoServer(join(dir, 'data'));
    fixture = await billingFixture(server.url);
    browser = await launch();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page.setDefaultTimeout(120_000);
    page.on('pageerror', (e) => errors.push(e.message));
  }, 400_000);

  afterAll(async () => {
    await browser?.close();
    await server?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it('signs in with an API key (a wrong key is refused)', async () => {
    await page.goto(`${server.url}/console/`);
    await page.fill('input[name=api-key]', 'sk_wrong');
    await page.click('button[type=submit]');
    await expect.poll(() => page.locator('[role=alert]').textContent()).toContain('Invalid API key');
    await page.fill('input[name=api-key]', server.key);
    await page.click('button[type=submit]');
    await page.waitForSelector('text=tenant-nimbus-us');
    await snap(page, '01-customers');
  });

  it('finds a demo customer and shows their usage chart and upcoming invoice', async () => {
    await page.fill('input[name=customer-search]', 'acme');
    const results = page.locator('[data-testid=customer-search-results]');
    await results.locator('text=tenant-acme-jp').waitFor();
    await results.locator('a', { hasText: '株式会社アクメ' }).click();
    await expect.poll(() => page.locator('[data-testid=customer-name]').textContent()).toBe('株式会社アクメ');
    const chart = page.locator('[data-testid=meter-usage-api_calls] .recharts-bar-rectangle');
    await chart.first().waitFor();
    expect(await chart.count()).toBeGreaterThan(0);
    const upcoming = page.locator('[data-testid=upcoming-invoice]');
    await upcoming.waitFor();
    expect(await upcoming.locator('tbody tr').count()).toBeGreaterThan(0);
    expect(await upcoming.locator('[data-testid=amount-due]').textContent()).toMatch(/^¥[\d,]+$/);
    // The entitlements panel answers (the demo's plans grant no features: an empty table).
    await page.locator('[data-testid=entitlements] :is(table, p.notice)').waitFor();
    await snap(page, '02-customer');
  });

  it('edits a rate and previews the price as it is typed', async () => {
    await page.goto(`${server.url}/console/#/plans/${fixture.plan}`);
    await page.locator('[data-testid=plan-features] :is(table, p.notice)').waitFor();
    await page.locator('[data-testid=edit-rate]').first().click();
    const editor = page.locator('[data-testid=rate-editor]');
    await editor.waitFor();
    await editor.locator('select[name=price-type]').selectOption('tiered');
    // start from one unbounded tier whatever the demo's price was
    const remove = editor.locator('[data-testid=tier-builder] button', { hasText: 'Remove' });
    while ((await remove.count()) > 0) await remove.first().click();
    await editor.locator('select[name=tiers-mode]').selectOption('graduated');
    await editor.locator('button', { hasText: 'Add tier' }).click();
    await editor.locator('input[name=tier-0-up-to]').fill('10');
    await editor.locator('input[name=tier-0-unit-amount]').fill('100');
    await editor.locator('input[name=tier-1-unit-amount]').fill('90');
    for (const i of [0, 1]) await editor.locator(`input[name=tier-${i}-flat-amount]`).fill('0');
    await editor.locator('input[name=preview-quantities]').fill('15, 100');
    // what the saved plan charges now, from the server's preview
    await expect
      .poll(() => editor.locator('[data-testid=preview-now-15]').textContent())
      .toMatch(/^¥[\d,]+$/);
    // Graduated: 10 × ¥100 + 5 × ¥90 (the platform FAQ's example)
    await expect.poll(() => editor.locator('[data-testid=preview-15]').textContent()).toBe('¥1,450');
    await editor.locator('select[name=tiers-mode]').selectOption('volume');
    await expect.poll(() => editor.locator('[data-testid=preview-15]').textContent()).toBe('¥1,350');
    await snap(page, '03-rate-editor');
    await editor.locator('button', { hasText: 'Save as new version' }).click();
    await expect.poll(() => page.locator('[data-testid^=rates-]').textContent()).toContain('Volume tiers');
  });

  it('previews a percentage price per transaction, and shows why its meter refuses it', async () => {
    await page.goto(`${server.url}/console/#/plans/${fixture.plan}`);
    await page.reload();
    await page.locator('[data-testid=edit-rate]').first().click();
    const editor = page.locator('[data-testid=rate-editor]');
    await editor.waitFor();
    await editor.locator('select[name=price-type]').selectOption('percentage');
    await editor.locator('input[name=percentage]').fill('10');
    await editor.locator('input[name=fixed-amount-per-event]').fill('30');
    await editor.locator('input[name=max-per-event]').fill('100');
    await editor.locator('input[name=preview-quantities]').fill('500, 5000');
    // One transaction each: 50 + 30 = ¥80; 500 + 30 capped at ¥100.
    await expect.poll(() => editor.locator('[data-testid=preview-500]').textContent()).toBe('¥80');
    await expect.poll(() => editor.locator('[data-testid=preview-5000]').textContent()).toBe('¥100');
    await editor.locator('input[name=min-per-event]').fill('200');
    await expect.poll(() => editor.textContent()).toContain('min per event above max per event');
    await editor.locator('input[name=min-per-event]').fill('');
    // The demo's API calls meter counts calls: a percentage needs a meter that sums an amount.
    await editor.locator('button', { hasText: 'Save as new version' }).click();
    await expect.poll(() => editor.textContent()).toContain('sum');
  });

  it('sets the registration number and makes an API key in settings', async () => {
    await page.goto(`${server.url}/console/#/settings`);
    const account = page.locator('[data-testid=account-settings]');
    await account.locator('input[name=tax_registration_number]').fill('T1234567890123');
    await account.locator('button[type=submit]').click();
    await account.locator('text=Saved.').waitFor();
    const keys = page.locator('[data-testid=api-keys]');
    await keys.locator('input[name=key-name]').fill('console e2e');
    await keys.locator('button[type=submit]').click();
    await expect.poll(() => keys.locator('[role=status]').textContent()).toMatch(/sk_[A-Za-z0-9_-]{20,}/);
    await expect.poll(() => keys.textContent()).toContain('console e2e');
    const rates = page.locator('[data-testid=tax-rates]');
    await rates.locator('input[name=tax-name]').fill('消費税');
    await rates.locator('input[name=tax-percentage]').fill('10');
    await rates.locator('input[name=tax-country]').fill('jp');
    await rates.locator('input[name=tax-default]').check();
    await rates.locator('button[type=submit]').click();
    await expect.poll(() => rates.locator('tbody').textContent()).toContain('10%');
    // A rate has a jurisdiction (country upper-cased) and, made default, applies there only.
    const row = rates.locator('tbody tr', { hasText: '消費税' }).last();
    await expect.poll(() => row.textContent()).toMatch(/JP.*Yes/);
    const hooks = page.locator('[data-testid=webhooks]');
    await hooks.locator('input[name=webhook-url]').fill('http://127.0.0.1:9/tariff-events');
    await hooks.locator('button[type=submit]').click();
    await expect.poll(() => hooks.textContent()).toMatch(/whsec_|Signing secret/);
    await hooks.locator('button', { hasText: 'Deliveries' }).first().click();
    await page.locator('[data-testid=webhook-deliveries]').waitFor();
    await snap(page, '04-settings');
  });

  it('warns on the upcoming invoice of a customer without an address (the JP default rate does not apply)', async () => {
    const made = await call(server.url, 'POST', '/v1/customers', {
      name: 'No address KK',
      currency: 'JPY',
      external_id: 'e2e-no-address',
    });
    expect(made.status, JSON.stringify(made.body)).toBe(200);
    const sub = await call(server.url, 'POST', '/v1/subscriptions', {
      customer: made.body.id,
      pricing_plan: fixture.plan,
    });
    expect(sub.status, JSON.stringify(sub.body)).toBe(200);
    await page.goto(`${server.url}/console/#/customers/${made.body.id}`);
    const warning = page.locator('[data-testid=warning-tax_address_missing]');
    await expect.poll(() => warning.textContent()).toContain('no billing address country');
    await snap(page, '04b-tax-address-warning');
  });

  it('finalizes an invoice and downloads its PDF', async () => {
    await page.goto(`${server.url}/console/#/invoices/${fixture.draftInvoice}`);
    await page.locator('button', { hasText: 'Finalize' }).click();
    await page.locator('.badge-open').waitFor();
    const number = (await page.locator('h1').textContent())?.replace('Open', '').trim() ?? '';
    expect(number).toMatch(/^TRF-/);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid=download-pdf]').click(),
    ]);
    const file = join(ARTIFACTS, 'invoice.pdf');
    await download.saveAs(file);
    const pdf = await readFile(file);
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = squash((await pdfText(pdf)).join('\n'));
    expect(text).toContain('請求書');
    expect(text).toContain(number);
    expect(text).toContain('導入支援（e2e）');
    expect(text).toContain('登録番号: T1234567890123');
    await snap(page, '05-invoice');
  });

  it('shows the finalization in the audit log, with who did it and what changed', async () => {
    await page.goto(`${server.url}/console/#/audit`);
    await page.locator('input[name=audit-resource_id]').fill(fixture.draftInvoice);
    await page.locator('select[name=audit-action]').selectOption('updated');
    await page.locator('button[type=submit]', { hasText: 'Search' }).click();
    const audit = page.locator('[data-testid=audit-events]');
    await expect.poll(() => audit.textContent()).toContain('POST /v1/invoices/:id/finalize');
    await audit.locator('details summary').first().click();
    const text = (await audit.textContent()) ?? '';
    expect(text).toContain('API key');
    expect(text).toMatch(/status\s*draft\s*→\s*open/);
    await snap(page, '05b-audit-log');
  });

  it('switches to test mode: a banner, test data only, and back to live', async () => {
    const headers = {
      authorization: `Bearer ${server.key}`,
      'content-type': 'application/json',
      'tariff-mode': 'test',
    };
    const made = await fetch(`${server.url}/v1/customers`, {
      method: 'POST',
      headers,
      body: JSON.stringify({ name: 'Sandbox customer', currency: 'USD' }),
    });
    expect(made.status).toBe(200);
    await page.goto(`${server.url}/console/#/customers`);
    await page.waitForSelector('text=tenant-nimbus-us');
    expect(await page.locator('[data-testid=test-mode-banner]').count()).toBe(0);
    await Promise.all([page.waitForEvent('load'), page.locator('[data-testid=mode-switch] input').check()]);
    await page.locator('[data-testid=test-mode-banner]').waitFor();
    await page.waitForSelector('text=Sandbox customer');
    expect(await page.locator('text=tenant-nimbus-us').count()).toBe(0);
    await snap(page, '07-test-mode');
    await Promise.all([page.waitForEvent('load'), page.locator('[data-testid=mode-switch] input').uncheck()]);
    await page.waitForSelector('text=tenant-nimbus-us');
    expect(await page.locator('[data-testid=test-mode-banner]').count()).toBe(0);
    expect(await page.locator('text=Sandbox customer').count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('switches to Japanese', async () => {
    await page.goto(`${server.url}/console/#/customers/tenant-acme-jp`);
    await page.locator('[data-testid=lang-switch]').click();
    await page.locator('text=次回の請求書').waitFor();
    await page.locator('[data-testid=upcoming-invoice]').waitFor();
    await snap(page, '06-customer-ja');
    expect(errors).toEqual([]);
  });

  it('keeps the key in this tab only and signs out when the key stops working', async () => {
    const stored = await page.evaluate(() => ({
      local: localStorage.getItem('tariff.apiKey'),
      session: sessionStorage.getItem('tariff.apiKey'),
    }));
    expect(stored).toEqual({ local: null, session: server.key });
    const auth = { authorization: `Bearer ${server.key}`, 'content-type': 'application/json' };
    const made = (await (
      await fetch(`${server.url}/v1/api_keys`, {
        method: 'POST',
        headers: auth,
        body: JSON.stringify({ name: 'tab' }),
      })
    ).json()) as { id: string; secret: string };
    await page.evaluate((secret) => sessionStorage.setItem('tariff.apiKey', secret), made.secret);
    await page.goto(`${server.url}/console/#/customers`);
    await page.waitForSelector('text=tenant-nimbus-us');
    await fetch(`${server.url}/v1/api_keys/${made.id}/revoke`, { method: 'POST', headers: auth, body: '{}' });
    await page.reload();
    await page.locator('input[name=api-key]').waitFor();
    expect(await page.evaluate(() => sessionStorage.getItem('tariff.apiKey'))).toBeNull();
    // The page is served with a policy that forbids framing and foreign scripts.
    const res = await fetch(`${server.url}/console/`);
    expect(res.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect(errors).toEqual([]);
  });
});
