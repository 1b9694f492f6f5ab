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
    // Not toBe: a 14,000-line diff helps no one; the fix is one command.
    expect(
      fresh === committed,
      'clients/typescript/src/generated/openapi.ts is stale: run `npm run client:generate`',
    ).toBe(true);
  });
});
