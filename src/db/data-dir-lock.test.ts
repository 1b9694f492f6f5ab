import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { acquireDataDirLock, DataDirLockedError } from './data-dir-lock.js';
import { openStore } from './store.js';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tariff-lock-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/** The pid of a process that has exited: a lock it left is stale. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))']);
  return Number(child.stdout.toString());
}

describe('one process per PGlite data directory', () => {
  it('a second open fails at once, naming the owner; after close it opens', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    await expect(openStore({ dataDir: dir })).rejects.toThrow(DataDirLockedError);
    await expect(openStore({ dataDir: dir })).rejects.toThrow(`in use by process ${process.pid}`);
    await store.close();
    const again = await openStore({ dataDir: dir });
    await again.close();
  });

  it('takes over a lock left by a killed process', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tariff.lock'), `${deadPid()}\n12345\n`);
    const lock = acquireDataDirLock(dir);
    expect(readFileSync(join(dir, 'tariff.lock'), 'utf8').split('\n')[0]).toBe(String(process.pid));
    lock.release();
  });

  it('a reused pid with another start time is not the owner', () => {
    const dir = tempDir();
    // This very process, but "started" at another time: the lock's process is gone.
    writeFileSync(join(dir, 'tariff.lock'), `${process.pid}\n1\n`);
    const lock = acquireDataDirLock(dir);
    lock.release();
  });

  it('a garbled lock file is taken over', () => {
    const dir = tempDir();
    writeFileSync(join(dir, 'tariff.lock'), 'not a pid');
    acquireDataDirLock(dir).release();
  });

  it('`tariff keys create` beside a running owner fails with one clear line and changes nothing', async () => {
    const dir = tempDir();
    const store = await openStore({ dataDir: dir });
    try {
      const child = spawn(
        process.execPath,
        ['--import', 'tsx', 'src/cli/main.ts', 'keys', 'create', '--name', 'beside', '--data-dir', dir],
        { env: { ...process.env, TARIFF_SECRET_KEY: '', LOG_LEVEL: 'silent' } },
      );
      let stderr = '';
      let stdout = '';
      child.stderr.on('data', (d) => (stderr += d));
      child.stdout.on('data', (d) => (stdout += d));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).not.toBe(0);
      expect(stdout).toBe('');
      expect(stderr).toContain('in use by process');
      expect(stderr.trim().split('\n')).toHaveLength(1);
    } finally {
      await store.close();
    }
  }, 60_000);
});
