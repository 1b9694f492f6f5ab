import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { currentOpenApiDocument } from '../scripts/openapi-document.js';
import { renderTypes } from '../scripts/render-types.js';

/**
 * The committed types are what this checkout's server documents: a route or schema changed
 * without `npm run client:generate` fails here, so a stale client cannot land.
 */
describe('generated client types', () => {
  it('match the /openapi.json the current sources serve', async () => {
    const committed = readFileSync(new URL('../src/generated/openapi.ts', import.meta.url), 'utf8');
    const fresh = await renderTypes(await currentOpenApiDocument());
    if (fresh === committed) return;
    // Not toBe: a 14,000-line diff helps no one. The first line that differs, and the fix.
    const a = committed.split('\n');
    const b = fresh.split('\n');
    const differs = a.findIndex((l, i) => l !== b[i]);
    const line = differs === -1 ? a.length : differs;
    expect.fail(
      `clients/typescript/src/generated/openapi.ts is stale: run \`npm run client:generate\`. ` +
        `First difference at line ${line + 1}:\n  committed: ${a[line]}\n  current:   ${b[line]}`,
    );
  });
});
