import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { call, startServer } from '../src/testing/process.js';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'tariff-proc-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function tariff(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  return run(process.execPath, ['bin/tariff.js', ...args], { env });
}

describe('the tariff command', () => {
  it('creates, lists and revokes API keys; the secret is shown once and works', async () => {
    const dataDir = join(dir, 'keys');
    const created = await tariff('keys', 'create', '--name', 'ci', '--data-dir', dataDir);
    const [id, secret] = created.stdout.trim().split('\t');
    expect(id).toMatch(/^key_/);
    expect(secret).toMatch(/^sk_/);
    const listed = await tariff('keys', 'list', '--data-dir', dataDir);
    expect(listed.stdout).toContain(id);
    expect(listed.stdout).not.toContain(secret);
    // The only full-access key cannot be revoked: that would lock everyone out.
    const refused = await tariff('keys', 'revoke', id!, '--data-dir', dataDir).catch(
      (e: { stderr: string }) => e,
    );
    expect(refused.stderr).toContain('last active full-access key');
    await tariff('keys', 'create', '--name', 'second', '--data-dir', dataDir);
    await tariff('keys', 'revoke', id!, '--data-dir', dataDir);
    expect((await tariff('keys', 'list', '--data-dir', dataDir)).stdout).toMatch(/revoked/);
  }, 240_000);

  it('prints help for every command', async () => {
    for (const cmd of [[], ['serve'], ['worker'], ['migrate'], ['demo'], ['keys']]) {
      const out = await tariff(...cmd, '--help');
      expect(out.stdout).toMatch(/Usage: tariff/);
    }
  });

  it('finishes requests in flight on SIGTERM', async () => {
    const server = await startServer({ dataDir: join(dir, 'sigterm') });
    let firstDone: () => void = () => {};
    const first = new Promise<void>((r) => {
      firstDone = r;
    });
    const inflight = Array.from({ length: 40 }, (_, i) =>
      call(server.url, 'POST', '/v1/customers', { external_id: `term-${i}` }).then(
        (r) => {
          firstDone();
          return r.status;
        },
        () => 'connection error',
      ),
    );
    // SIGTERM while the other requests are being served.
    await first;
    server.child.kill('SIGTERM');
    const statuses = await Promise.all(inflight);
    await server.stop();
    // Every request either completed or was refused before it started (503 while closing);
    // none was cut off half-way.
    for (const s of statuses) expect([200, 503, 'connection error']).toContain(s);
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThan(0);
    expect(server.child.exitCode).toBe(0);

    const again = await startServer({ dataDir: join(dir, 'sigterm') });
    const list = await call(again.url, 'GET', '/v1/customers?limit=100');
    expect(list.body.data.length).toBe(statuses.filter((s) => s === 200).length);
    await again.stop();
  });
});
