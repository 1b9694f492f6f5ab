import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTariff } from '../app/compose.js';
import { migrateToLatest } from '../app/migrations.js';
import { openStore } from '../db/store.js';
import { createKeyring, newKey } from '../security/secret-box.js';
import { createTestDatabase, TEST_STORES } from '../testing/stores.js';
import { type FakeStripe, startFakeStripe } from './fake-stripe/server.js';
import { liveStripeCustomers } from './test-support.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

/** `tariff stripe reconcile` as a user runs it: a real process on a store another process wrote. */
describe.each(TEST_STORES)('tariff stripe reconcile on %s', (kind) => {
  let fake: FakeStripe;
  let dir: string;
  let database: { url: string; drop(): Promise<void> } | undefined;
  let customerId = '';
  // The CLI process must open the Stripe key this process sealed: both use the same key.
  const key = newKey();

  const storeOptions = () =>
    kind === 'postgres' ? { databaseUrl: database?.url } : { dataDir: join(dir, 'data') };

  async function cli(...args: string[]) {
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOG_LEVEL: 'silent',
      TARIFF_SECRET_KEY: key.toString('base64'),
      TARIFF_OUTBOUND_ALLOW_PRIVATE: '1',
    };
    if (kind === 'postgres') env.DATABASE_URL = database?.url;
    else delete env.DATABASE_URL;
    const flags = kind === 'pglite' ? ['--data-dir', join(dir, 'data')] : [];
    try {
      const { stdout } = await run(
        process.execPath,
        ['bin/tariff.js', 'stripe', 'reconcile', ...args, ...flags],
        { cwd: ROOT, env },
      );
      return { code: 0, stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string };
      return { code: e.code, stdout: e.stdout + String((error as { stderr?: string }).stderr ?? '') };
    }
  }

  beforeAll(async () => {
    fake = await startFakeStripe();
    dir = await mkdtemp(join(tmpdir(), 'tariff-reconcile-'));
    if (kind === 'postgres') database = await createTestDatabase();
    const store = await openStore(storeOptions());
    await migrateToLatest(store.db);
    const tariff = await createTariff({
      store,
      logger: pino({ level: 'silent' }),
      secrets: createKeyring(key),
      outbound: { allowPrivate: true },
    });
    customerId = (await tariff.services.customers.create({ name: 'Never synced', currency: 'JPY' })).id;
    // Connected after the customer exists and before any sync ran: Stripe has nothing yet.
    await tariff.services.payments.updateSettings({
      provider: 'stripe',
      stripe: { secret_key: fake.secretKey, webhook_secret: fake.webhookSecret, api_base: fake.url },
    });
    await tariff.close();
  }, 60_000);
  afterAll(async () => {
    await fake.close();
    await rm(dir, { recursive: true, force: true });
    await database?.drop();
  });

  it('lists drift with exit status 1, repairs it, then reports agreement', async () => {
    const listed = await cli();
    expect(listed.code).toBe(1);
    expect(listed.stdout).toContain(`customer\t${customerId}\t-\tmissing in Stripe`);
    expect(liveStripeCustomers(fake, customerId)).toHaveLength(0);

    const repaired = await cli('--repair');
    expect(repaired.code).toBe(0);
    expect(repaired.stdout).toContain('1 of 1 repaired.');
    expect(liveStripeCustomers(fake, customerId)).toHaveLength(1);

    const clean = await cli();
    expect(clean).toEqual({ code: 0, stdout: 'Tariff and Stripe agree.\n' });
  }, 120_000);
});
