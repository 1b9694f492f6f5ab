import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/** Screenshots of every console page at both widths, for a person to look at (gitignored). */
export const SHOTS = fileURLToPath(new URL('../../test-artifacts/console', import.meta.url));

export const WIDTHS = [1280, 390] as const;

/** A signed-in tab at a width and in a language (the key and language set before the app starts). */
export async function consoleTab(
  browser: Browser,
  opts: { width: number; lang: 'en' | 'ja'; key: string },
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await browser.newContext({
    viewport: { width: opts.width, height: 860 },
    locale: opts.lang === 'ja' ? 'ja-JP' : 'en-US',
    acceptDownloads: true,
  });
  await context.addInitScript(
    ([key, lang]) => {
      sessionStorage.setItem('tariff.apiKey', key as string);
      localStorage.setItem('tariff.lang', lang as string);
    },
    [opts.key, opts.lang],
  );
  const page = await context.newPage();
  page.setDefaultTimeout(90_000);
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return { context, page, errors };
}

/** Opens the console with the Japanese web font already loaded (from the cache on the reload). */
export async function openConsole(page: Page, url: string): Promise<void> {
  await page.goto(`${url}/console/`);
  await page.evaluate(() => document.fonts.load('14px "Tariff Noto Sans JP"', '顧客日本語'));
  await page.reload();
  // The console lays itself out again when the font has loaded (FontReady): let that happen first.
  await page.evaluate(() => document.fonts.ready);
  await page.waitForTimeout(300);
}

/** Waits until no panel is loading and every id shown has been replaced by its name. */
export async function settled(page: Page): Promise<void> {
  await page.locator('main h1').first().waitFor();
  await expect
    .poll(() =>
      page.evaluate(
        () =>
          document.querySelectorAll('[aria-busy=true]').length +
          Array.from(document.querySelectorAll('span.muted[title]')).filter((e) => e.textContent === '…')
            .length,
      ),
    )
    .toBe(0);
  // Charts size themselves on the next frame.
  await page.waitForTimeout(150);
}

/** The page is no wider than the window: nothing scrolls sideways but tables inside their box. */
export async function expectNoOverflow(page: Page, what: string): Promise<void> {
  const [scroll, inner] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  expect(scroll, `${what}: page is ${scroll} px wide in a ${inner} px window`).toBeLessThanOrEqual(inner);
}

/** A full-page PNG under test-artifacts/console, Japanese glyphs loaded first. */
export async function shoot(page: Page, name: string): Promise<string> {
  await mkdir(SHOTS, { recursive: true });
  // The Japanese web font loads only when a glyph needs it; load it before the picture.
  await page.evaluate(async () => {
    await document.fonts.load('14px "Tariff Noto Sans JP"', 'あ');
    await document.fonts.ready;
  });
  const path = `${SHOTS}/${name}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
