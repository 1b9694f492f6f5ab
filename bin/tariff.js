#!/usr/bin/env node
// The `tariff` command runs the compiled JavaScript in dist/ (built by `npm run build`, which
// `npm ci` runs through `prepare`). In a development checkout (tsx installed), sources edited
// since the last build run from TypeScript through tsx instead, so a stale dist/ never runs.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = new URL('../', import.meta.url);
const compiled = new URL('dist/cli/main.js', root);
const buildInfo = fileURLToPath(new URL('dist/.built', root));
const devCheckout = existsSync(fileURLToPath(new URL('node_modules/tsx', root)));

/** The newest modification time under a directory (milliseconds). */
function newest(dir) {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

const fresh =
  existsSync(compiled) &&
  (!devCheckout ||
    (existsSync(buildInfo) && statSync(buildInfo).mtimeMs >= newest(fileURLToPath(new URL('src', root)))));

if (fresh) {
  await import(compiled.href);
} else if (devCheckout) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
} else {
  process.stderr.write('tariff: dist/ is missing; run `npm run build` first.\n');
  process.exit(1);
}
