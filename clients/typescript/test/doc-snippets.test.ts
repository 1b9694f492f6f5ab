import { describe, expect, it } from 'vitest';
import { regions, tsBlocks } from './regions.js';

const SNIPPETS = new URL('../examples/doc-snippets.ts', import.meta.url);
const PAGES = {
  readme: new URL('../../../README.md', import.meta.url),
  clients: new URL('../../../docs/clients.md', import.meta.url),
};

/** The TypeScript the README and docs/clients.md show is code `tsc` checks (examples/doc-snippets.ts). */
describe('documented snippets', () => {
  const found = regions(SNIPPETS);

  it.each(Object.entries(PAGES))('%s shows its regions of doc-snippets.ts as written', (name, page) => {
    const mine = [...found].filter(([region]) => region.startsWith(`${name}-`));
    expect(mine.length).toBeGreaterThan(0);
    const blocks = tsBlocks(page);
    for (const [region, code] of mine) {
      expect(
        blocks.some((b) => b.includes(code)),
        `${region} is not in a \`\`\`ts block of ${name}`,
      ).toBe(true);
    }
  });
});
