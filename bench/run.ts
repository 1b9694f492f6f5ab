import { type BenchRow, sections } from './sections.js';

/**
 * `npm run bench [-- --quick] [--only <section>] [--stores pglite,postgres]`: runs every section
 * on both stores and prints one Markdown table per section (paste it into the README).
 * Full sizes take a while: run it on a quiet machine.
 */
function flag(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

// The servers the bench starts (src/testing/process.ts) measure the engine, not the limiter.
process.env.TARIFF_RATE_LIMIT_PER_KEY = '0';

const quick = process.argv.includes('--quick');
const only = flag('only');
const stores = (flag('stores') ?? 'postgres,pglite')
  .split(',')
  .filter((s): s is 'pglite' | 'postgres' => s === 'pglite' || s === 'postgres');
const postgresUrl = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

function table(rows: readonly BenchRow[]): string {
  const lines = ['| store | metric | value | note |', '| --- | --- | ---: | --- |'];
  for (const r of rows) lines.push(`| ${r.store} | ${r.metric} | ${r.value} | ${r.note ?? ''} |`);
  return lines.join('\n');
}

const started = Date.now();
for (const section of sections) {
  if (only && section.name !== only) continue;
  process.stderr.write(`\n== ${section.name}${quick ? ' (quick)' : ''} ==\n`);
  const rows = await section.run({
    quick,
    stores,
    postgresUrl,
    log: (m) => process.stderr.write(`  ${m}\n`),
  });
  process.stdout.write(
    `\n### ${section.name}${quick ? ' (--quick: sizes too small to mean anything)' : ''}\n\n${table(rows)}\n`,
  );
}
process.stderr.write(`\ndone in ${((Date.now() - started) / 1000).toFixed(0)} s\n`);
process.exit(0);
