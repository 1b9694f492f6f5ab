import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pino from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createTariff } from '../app/compose.js';
import { migrateToLatest } from '../app/migrations.js';
import { openStore } from '../db/store.js';
import { createKeyring, newKey } from '../security/secret-box.js';
import { runInMode } from '../shared/request-context.js';
import { TEST_STORES } from '../testing/stores.js';

/**
 * The `tariff` command as a user runs it (`node bin/tariff.js …`, a real process, stdout not a
 * terminal): every failure is one line on stderr and a non-zero exit.
 */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const key = newKey();
const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'tariff-cli-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

function start(args: string[], env: NodeJS.ProcessEnv = {}): ChildProcess {
  const base: NodeJS.ProcessEnv = {
    ...process.env,
    LOG_LEVEL: 'silent',
    TARIFF_SECRET_KEY: key.toString('base64'),
  };
  delete base.DATABASE_URL;
  delete base.TARIFF_API_KEY;
  return spawn(process.execPath, ['bin/tariff.js', ...args], { cwd: ROOT, env: { ...base, ...env } });
}

async function tariff(args: string[], env: NodeJS.ProcessEnv = {}) {
  const child = start(args, env);
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (d) => (stdout += d));
  child.stderr?.on('data', (d) => (stderr += d));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  return { code, stdout, stderr };
}

/** A failure: exit 1, nothing on stdout, exactly one line on stderr, starting `tariff: `. */
function expectOneLine(r: { code: number | null; stdout: string; stderr: string }, text: string) {
  expect(r.code, r.stderr).toBe(1);
  expect(r.stdout).toBe('');
  expect(r.stderr.trim().split('\n'), r.stderr).toHaveLength(1);
  expect(r.stderr).toMatch(/^tariff: /);
  expect(r.stderr).toContain(text);
}

/** A PGlite store holding one customer with this external id. */
async function storeWithCustomer(externalId: string): Promise<string> {
  const dir = join(tempDir(), 'data');
  const store = await openStore({ dataDir: dir });
  await migrateToLatest(store.db);
  const t = await createTariff({ store, logger: pino({ level: 'silent' }), secrets: createKeyring(key) });
  await t.services.customers.create({ external_id: externalId, name: externalId, currency: 'JPY' });
  await t.close();
  return dir;
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('tariff: one clear line per failure', () => {
  it('a bad DATABASE_URL (nothing listening) names the server, not a stack', async () => {
    const r = await tariff(['migrate'], { DATABASE_URL: 'postgres://nobody:hunter2@127.0.0.1:1/x' });
    expectOneLine(r, 'cannot connect to PostgreSQL at nobody@127.0.0.1:1/x: connection refused');
    expect(r.stderr).not.toContain('hunter2');
  }, 60_000);

  it.runIf(TEST_STORES.includes('postgres'))(
    'a login the server refuses, and a missing database, say what to fix',
    async () => {
      const base = new URL(process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres');
      const role = new URL(base);
      role.username = 'tariff_no_such_role';
      const r = await tariff(['keys', 'list'], { DATABASE_URL: role.href });
      expectOneLine(
        r,
        'refused the login (role "tariff_no_such_role" does not exist); check the user and password',
      );
      const db = new URL(base);
      db.pathname = '/tariff_no_such_database';
      const r2 = await tariff(['keys', 'list'], { DATABASE_URL: db.href });
      expectOneLine(r2, 'database "tariff_no_such_database" does not exist; create it');
    },
    60_000,
  );

  it('a busy port for serve: "port N is in use; pass --port"', async () => {
    const busy: Server = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    const { port } = busy.address() as { port: number };
    try {
      const r = await tariff(['serve', '--port', String(port), '--data-dir', join(tempDir(), 'data')]);
      expectOneLine(r, `port ${port} is in use on 127.0.0.1; pass --port (or set PORT)`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  }, 60_000);

  it('a PGlite data directory in use by another process', async () => {
    const dir = join(tempDir(), 'data');
    const store = await openStore({ dataDir: dir });
    try {
      expectOneLine(await tariff(['migrate', '--data-dir', dir]), `in use by process ${process.pid}`);
    } finally {
      await store.close();
    }
  }, 60_000);

  it('stripe reconcile without Stripe connected says how to connect it', async () => {
    const dir = await storeWithCustomer('someone');
    const r = await tariff(['stripe', 'reconcile', '--data-dir', dir]);
    expectOneLine(
      r,
      `Stripe is not connected in PGlite in ${dir}; connect it first: POST /v1/payment_settings`,
    );
  }, 60_000);

  it('demo on a store that has it is a note and exit 0; on a store with other customers, a refusal', async () => {
    const withDemo = await storeWithCustomer('tenant-acme-jp');
    const again = await tariff(['demo', '--data-dir', withDemo]);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toBe(`the demo is already loaded in PGlite in ${withDemo}; nothing to do\n`);
    expect(again.stderr).toBe('');

    const other = await storeWithCustomer('tenant-42');
    expectOneLine(
      await tariff(['demo', '--data-dir', other]),
      'already holds customers; the demo loads only into an empty store (pass a new --data-dir',
    );
  }, 120_000);
});

describe('tariff --mode test', () => {
  it('demo --mode test makes its objects in test mode; live stays empty', async () => {
    const dir = join(tempDir(), 'data');
    const r = await tariff(['demo', '--mode', 'test', '--data-dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toMatch(
      new RegExp(`^demo loaded into PGlite in ${dir} \\(test mode\\): \\{"customers":3,`),
    );
    const again = await tariff(['demo', '--mode', 'test', '--data-dir', dir]);
    expect(again.stdout).toBe(`the demo is already loaded in PGlite in ${dir} (test mode); nothing to do\n`);
    const store = await openStore({ dataDir: dir });
    const t = await createTariff({ store, logger: pino({ level: 'silent' }), secrets: createKeyring(key) });
    try {
      const names = async (mode: 'live' | 'test') =>
        (await runInMode(mode, () => t.services.customers.list({ limit: 10 }))).map((c) => c.name).sort();
      expect(await names('test')).toEqual(['Kobo Design', 'Nimbus AI, Inc.', '株式会社アクメ']);
      expect(await names('live')).toEqual([]);
    } finally {
      await t.close();
    }
  }, 180_000);

  it('stripe reconcile --mode test reconciles test mode (its own Stripe connection); a bad mode is one line', async () => {
    const dir = await storeWithCustomer('someone');
    expectOneLine(
      await tariff(['stripe', 'reconcile', '--mode', 'test', '--data-dir', dir]),
      `Stripe is not connected in PGlite in ${dir} (test mode); connect it first`,
    );
    expectOneLine(await tariff(['demo', '--mode', 'staging', '--data-dir', dir]), '--mode is live or test');
  }, 60_000);
});

describe('tariff worker --once', () => {
  it('reports each job: name, duration and what it did', async () => {
    const dir = await storeWithCustomer('worker-once');
    const r = await tariff(['worker', '--once', '--data-dir', dir]);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    for (const [job, did] of [
      ['metering-fold', /events folded \d+/],
      ['billing-run-due', /subscriptions billed 0, billing actions 0/],
      ['billing-finalize-drafts', /invoices finalized 0/],
      ['webhooks-deliver', /deliveries attempted 0/],
      ['payments-stripe-sync', /stripe events handled \d+/],
    ] as const) {
      const line = lines.find((l) => l.startsWith(`${job} `));
      expect(line, r.stdout).toMatch(/\s\d+ ms\s/);
      expect(line).toMatch(did);
    }
  }, 60_000);
});

describe('tariff serve --demo', () => {
  it('listens and prints the URL and key at once, answers while the demo loads, then says it is loaded', async () => {
    const port = await freePort();
    const child = start(['serve', '--demo', '--port', String(port), '--data-dir', join(tempDir(), 'data')]);
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (d) => (stderr += d));
    const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
    const seen = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = () => stdout.includes(text) && resolve();
        child.stdout?.on('data', (d) => {
          stdout += d;
          check();
        });
        void exited.then(() => reject(new Error(`exited before "${text}": ${stderr}`)));
        check();
      });
    try {
      await seen('demo:      loading in the background');
      expect(stdout).toContain(`Tariff is running at http://127.0.0.1:${port}`);
      const secret = /API key: +(sk_\S+)/.exec(stdout)?.[1];
      expect(secret).toBeDefined();
      expect(stdout).not.toContain('demo loaded');
      // The server answers during the load (the demo's customers appear as they are made).
      const res = await fetch(`http://127.0.0.1:${port}/v1/customers`, {
        headers: { authorization: `Bearer ${secret}` },
      });
      expect(res.status).toBe(200);
      await seen('demo loaded in');
      const customers = (await (
        await fetch(`http://127.0.0.1:${port}/v1/customers`, {
          headers: { authorization: `Bearer ${secret}` },
        })
      ).json()) as { data: unknown[] };
      expect(customers.data).toHaveLength(3);
      child.kill('SIGTERM');
      expect(await exited).toBe(0);
    } finally {
      child.kill('SIGKILL');
    }
  }, 240_000);
});
