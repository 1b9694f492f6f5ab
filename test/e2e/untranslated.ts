import type { Page } from 'playwright-core';
import { en } from '../../console/src/i18n/en.js';
import { ja } from '../../console/src/i18n/ja.js';

/** Keys whose Japanese is the English on purpose: the product name, codes and acronyms. */
export const SAME_IN_BOTH = new Set(['app.title', 'common.id', 'settings.url', 'finance.arr']);

/**
 * API values that must never reach a Japanese page as they are (statuses, line and component
 * types, price models, intervals, journal accounts…): every one the console labels.
 */
const RAW_VALUES = [
  ...new Set(
    Object.keys(en)
      .filter((k) =>
        /^(status|lineType|componentType|balanceType|reason|formula|category|rounding|interval|account|source|object)\./.test(
          k,
        ),
      )
      .map((k) => k.slice(k.indexOf('.') + 1)),
  ),
];

/** Each English string as a pattern over a whole text node (`{x}` matches anything). */
function englishPatterns(): string[] {
  return Object.entries(en)
    .filter(([k, v]) => !SAME_IN_BOTH.has(k) && ja[k as keyof typeof en] !== v && /[A-Za-z]{2}/.test(v))
    .map(([, v]) => `^${v.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\{\w+\}/g, '.+')}$`);
}

/**
 * Text on the page that is English UI text or a raw API value: a text node (outside <code>, which
 * holds ids and event names) equal to an English message or to an enum value such as `paid`.
 * Customer, plan and meter names are data and are left alone.
 */
export async function untranslatedText(page: Page): Promise<string[]> {
  return page.evaluate(
    ({ patterns, raw }) => {
      const english = patterns.map((p) => new RegExp(p));
      const values = new Set(raw);
      const found = new Set<string>();
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const parent = node.parentElement;
        if (!parent || parent.closest('code, script, style, [aria-hidden=true], .recharts-wrapper')) continue;
        const text = (node.textContent ?? '').trim();
        if (!text) continue;
        if (values.has(text) || english.some((r) => r.test(text))) found.add(text);
      }
      // Placeholders and buttons' visible values count too.
      for (const el of Array.from(
        document.querySelectorAll<HTMLInputElement>('input[placeholder], option'),
      )) {
        const text = (el instanceof HTMLOptionElement ? el.textContent : el.placeholder)?.trim() ?? '';
        if (text && (values.has(text) || english.some((r) => r.test(text)))) found.add(text);
      }
      return [...found];
    },
    { patterns: englishPatterns(), raw: RAW_VALUES },
  );
}
