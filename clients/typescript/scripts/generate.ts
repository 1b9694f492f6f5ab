import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { currentOpenApiDocument } from './openapi-document.js';
import { renderTypes } from './render-types.js';

/** `npm run client:generate`: rewrites the client's types from the document this checkout serves. */
const target = fileURLToPath(new URL('../src/generated/openapi.ts', import.meta.url));
const document = await currentOpenApiDocument();
mkdirSync(fileURLToPath(new URL('../src/generated/', import.meta.url)), { recursive: true });
writeFileSync(target, await renderTypes(document));
const operations = Object.values(document.paths as Record<string, object>).reduce(
  (n, item) => n + Object.keys(item).length,
  0,
);
console.log(`wrote ${target} (${operations} operations)`);
