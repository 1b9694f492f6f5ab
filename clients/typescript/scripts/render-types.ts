import { execFileSync } from 'node:child_process';
import { createRequire } from 'node:module';
import openapiTS, { astToString, type OpenAPI3 } from 'openapi-typescript';

const HEADER = `// Generated from Tariff's /openapi.json by \`npm run client:generate\`. Do not edit by hand:
// clients/typescript/test/generated.test.ts fails when this file differs from what the server serves.

`;

/** Where the file lives, relative to the repository root: Biome formats by path. */
export const GENERATED_PATH = 'clients/typescript/src/generated/openapi.ts';

/**
 * The client's types for one OpenAPI document (`paths`, `components`, `operations`), formatted by
 * the repository's Biome so `npm run format` and `biome check` leave the committed file alone.
 */
export async function renderTypes(document: Record<string, unknown>): Promise<string> {
  const source = HEADER + astToString(await openapiTS(document as unknown as OpenAPI3));
  const biome = createRequire(import.meta.url).resolve('@biomejs/biome/bin/biome');
  return execFileSync(process.execPath, [biome, 'format', `--stdin-file-path=${GENERATED_PATH}`], {
    input: source,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
}
