import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTariff, type Tariff } from '../app/compose.js';
import { SECRET_COLUMNS } from '../app/secrets.js';
import { openStore } from '../db/store.js';
import { keyId, newKey, parseKey } from '../security/secret-box.js';
import { createTestDatabase, TEST_STORES } from '../testing/stores.js';
import { openConfiguredStore } from './open.js';
import { rotateSecrets } from './secrets.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);
const STRIPE_KEY = 'sk_live_rotation_0000000000005678';
const KEY_ENV = ['DATABASE_URL', 'TARIFF_SECRET_KEY', 'TARIFF_SECRET_KEY_PREVIOUS', 'TARIFF_SECRET_KEY_FILE'];

/** `tariff secrets rotate` on a store another process wrote, as an operator runs it. */
describe.each(TEST_STORES)('tariff secrets rotate on %s', (kind) => {
  const saved = Object.fromEntries(KEY_ENV.map((k) => [k, process.env[k]]));
  let dir: string;
  let dataDir: string;
  let database: { url: string; drop(): Promise<void> } | undefined;
  let endpointId = '';
  let endpointSecret = '';

  async function withTariff<T>(fn: (tariff: Tariff) => Promise<T>): Promise<T> {
    const store = await openConfiguredStore({ dataDir });
    let tariff: Tariff;
    try {
      tariff = await createTariff({
        store,
        logger: pino({ level: 'silent' }),
        outbound: { allowPrivate: true },
      });
    } catch (error) {
      await store.close();
      throw error;
    }
    try {
      return await fn(tariff);
    } finally {
      await tariff.close();
    }
  }

  /** Every stored secret, as stored. */
  async function storedValues(): Promise<string[]> {
    const store = await openStore(database ? { databaseUrl: database.url } : { dataDir });
    try {
      const values: string[] = [];
      for (const c of SECRET_COLUMNS) {
        const rows = await sql<{ value: string | null }>`
          select ${sql.ref(c.column)} as value from ${sql.table(c.table)}`.execute(store.db);
        values.push(...rows.rows.flatMap((r) => (r.value === null ? [] : [r.value])));
      }
      return values;
    } finally {
      await store.close();
    }
  }

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tariff-rotate-'));
    dataDir = join(dir, 'data');
    for (const k of KEY_ENV) delete process.env[k];
    if (kind === 'postgres') {
      database = await createTestDatabase();
      process.env.DATABASE_URL = database.url;
    }
    await withTariff(async (tariff) => {
      await tariff.services.payments.updateSettings({
        provider: 'stripe',
        stripe: { secret_key: STRIPE_KEY, webhook_secret: 'whsec_rotation', api_base: 'http://127.0.0.1:9' },
      });
      const ep = await tariff.services.webhooks.createEndpoint({
        url: 'http://127.0.0.1:9/',
        enabled_events: ['*'],
      });
      await tariff.services.webhooks.updateEndpoint(ep.id, { disabled: true });
      endpointId = ep.id;
      endpointSecret = ep.secret;
    });
  }, 120_000);
  afterAll(async () => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    await database?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('with the key file: a new key, every secret re-sealed, the old key kept as secret.key.previous', async () => {
    const path = join(dataDir, 'secret.key');
    const oldText = readFileSync(path, 'utf8');
    const oldId = keyId(parseKey(oldText, 'old'));
    expect(await storedValues()).toEqual(Array(3).fill(expect.stringMatching(`^enc:v1:${oldId}:`)));

    const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
    const { stdout } = await run(
      process.execPath,
      ['bin/tariff.js', 'secrets', 'rotate', '--data-dir', dataDir],
      {
        cwd: ROOT,
        env,
      },
    );
    const newId = keyId(parseKey(readFileSync(path, 'utf8'), 'new'));
    expect(newId).not.toBe(oldId);
    expect(stdout).toContain(`3 secret(s) re-sealed with key ${newId}.`);
    expect(stdout).toContain(`${path}.previous`);
    expect(readFileSync(`${path}.previous`, 'utf8')).toBe(oldText);
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(`${path}.previous`).mode & 0o777).toBe(0o600);
    expect(existsSync(`${path}.next`)).toBe(false);
    expect(await storedValues()).toEqual(Array(3).fill(expect.stringMatching(`^enc:v1:${newId}:`)));

    // Nothing needs the old key any more: without it everything still opens.
    rmSync(`${path}.previous`);
    await withTariff(async (tariff) => {
      expect((await tariff.services.payments.settings()).stripe_secret_key).toBe(STRIPE_KEY);
      expect((await tariff.services.webhooks.getEndpoint(endpointId)).secret).toBe(endpointSecret);
    });
  }, 120_000);

  it('with TARIFF_SECRET_KEY: --new-key re-seals and prints what to set; the old key alone no longer starts', async () => {
    const current = readFileSync(join(dataDir, 'secret.key'), 'utf8').trim();
    process.env.TARIFF_SECRET_KEY = current;
    const next = newKey().toString('base64');
    const result = await rotateSecrets({ dataDir, newKey: next });
    expect(result.resealed).toBe(3);
    expect(result.message).toContain(`TARIFF_SECRET_KEY=${next}`);
    expect(result.message).not.toContain(current);

    // Still on the old key only: the start refuses, naming the key it lacks.
    await expect(withTariff(async () => undefined)).rejects.toThrow(
      new RegExp(`sealed with key\\(s\\) ${result.keyId}, which this process does not have`),
    );
    process.env.TARIFF_SECRET_KEY = next;
    process.env.TARIFF_SECRET_KEY_PREVIOUS = current;
    await withTariff(async (tariff) => {
      expect((await tariff.services.payments.settings()).stripe_secret_key).toBe(STRIPE_KEY);
      expect((await tariff.services.webhooks.getEndpoint(endpointId)).secret).toBe(endpointSecret);
    });
    await expect(rotateSecrets({ dataDir, newKey: next })).rejects.toThrow(/is the current key/);
  }, 120_000);
});
