import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useTariff } from '../../testing/harness.js';

const ROOT = resolve(import.meta.dirname, '../../..');
const CLI = createRequire(import.meta.url).resolve('@redocly/cli/bin/cli.js');

interface LintReport {
  totals: { errors: number; warnings: number };
  problems: { ruleId: string; severity: string; message: string; location?: { pointer?: string }[] }[];
}

describe('the OpenAPI document under a standard linter (redocly lint, redocly.yaml)', () => {
  const h = useTariff('pglite');
  const dir = mkdtempSync(join(tmpdir(), 'tariff-openapi-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('has no errors and no warnings', () => {
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(h.tariff.app.swagger()));
    const run = spawnSync(
      process.execPath,
      [CLI, 'lint', file, '--format=json', `--config=${join(ROOT, 'redocly.yaml')}`],
      {
        cwd: ROOT,
        encoding: 'utf8',
        // Offline and quiet: no telemetry, no update check.
        env: {
          ...process.env,
          REDOCLY_TELEMETRY: 'off',
          REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true',
          NO_COLOR: '1',
        },
        timeout: 120_000,
      },
    );
    const report = JSON.parse(run.stdout) as LintReport;
    const problems = report.problems.map(
      (p) => `${p.severity} ${p.ruleId}: ${p.message} at ${p.location?.[0]?.pointer ?? '?'}`,
    );
    // Warnings too: the document is clean, and a warning left in stays unread.
    expect(problems).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  });
});
