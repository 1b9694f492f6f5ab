import { execFile, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { TEST_STORES } from '../src/testing/stores.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const hasTools = ['pg_dump', 'pg_restore', 'psql', 'curl'].every(
  (tool) => spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0,
);

/** docs/deploy.md's backup and restore, run as written: scripts/backup-restore-check.sh. */
describe.runIf(TEST_STORES.includes('postgres') && hasTools)('backup and restore on PostgreSQL', () => {
  it('data made through the API survives pg_dump and pg_restore, and the invoice PDF still renders', async () => {
    // The test server's address without its database: the script makes and drops its own two.
    const url = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
    url.pathname = '';
    const { stdout } = await promisify(execFile)('scripts/backup-restore-check.sh', [url.href], {
      cwd: ROOT,
      env: { ...process.env, DATABASE_URL: '' },
    });
    expect(stdout).toContain('backup and restore OK');
    expect(stdout).toMatch(/invoice \S+ \(12345 JPY\) survived pg_dump\/pg_restore; the PDF renders/);
  }, 240_000);
});
