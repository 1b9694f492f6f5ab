import { Command } from 'commander';
import { VERSION } from '../app/version.js';
import { PERMISSION_GROUPS, parsePermissionList } from '../shared/permissions.js';
import { type Mode, runInMode, runWithContext, systemContext } from '../shared/request-context.js';
import type { StoreFlags } from './open.js';
import type { Progress } from './progress.js';
import type { ServeFlags } from './serve.js';

// Everything heavy (the database, the HTTP server, PDF fonts) is imported by the command that
// needs it, so `tariff --help` and argument errors answer at once.
async function openTariff(flags: StoreFlags, progress?: Progress) {
  const [{ openConfiguredStore }, { createTariff }] = await Promise.all([
    import('./open.js'),
    import('../app/compose.js'),
  ]);
  const store = await openConfiguredStore(flags, true, progress);
  return createTariff({ store });
}
const terminalProgress = async () => (await import('./progress.js')).terminalProgress();
const describeStore = async (...args: Parameters<typeof import('./open.js').describeStore>) =>
  (await import('./open.js')).describeStore(...args);

const program = new Command();
program
  .name('tariff')
  .description(
    'Tariff, a self-hosted usage-based billing engine.\nDATABASE_URL=postgres://… selects PostgreSQL; otherwise embedded PGlite.',
  )
  .version(VERSION)
  .addHelpText('after', '\nAdd --debug anywhere to print the stack trace of a failure.');

program
  .command('serve')
  .description('Run the HTTP API and the billing worker in one process')
  .option('--port <n>', 'port to listen on (default: $PORT or 4000)')
  .option('--host <host>', 'interface to bind (default: $HOST or 127.0.0.1)')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .option('--demo', 'load the demo dataset when the store is empty')
  .option('--no-worker', 'do not run the billing worker in this process')
  .action(async (flags: ServeFlags) => (await import('./serve.js')).serve(flags));

program
  .command('worker')
  .description('Run only the billing worker (several may run at once)')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .option('--once', 'run every job once and exit')
  .action(async (flags: { dataDir?: string; once?: boolean }) => {
    const tariff = await openTariff(flags);
    if (flags.once) {
      // What each job did: its name, how long it took and, where the job can tell, its counts.
      const runs = await tariff.worker.runOnce();
      await tariff.close();
      const width = Math.max(...runs.map((r) => r.name.length));
      for (const r of runs) {
        const did = r.error
          ? `failed: ${r.error}`
          : r.summary
            ? Object.entries(r.summary)
                .map(([k, v]) => `${k.replaceAll('_', ' ')} ${v}`)
                .join(', ')
            : 'done';
        process.stdout.write(`${r.name.padEnd(width)}  ${`${Math.round(r.ms)} ms`.padStart(8)}  ${did}\n`);
      }
      const failed = runs.filter((r) => r.error).length;
      // Set after closing: PGlite's runtime resets the exit code when it shuts down.
      if (failed > 0) process.exitCode = 1;
      return;
    }
    tariff.worker.start();
    tariff.log.info('worker started');
    const stop = async () => {
      await tariff.close();
      process.exit(0);
    };
    process.on('SIGTERM', () => void stop());
    process.on('SIGINT', () => void stop());
  });

program
  .command('ingest-worker')
  .description(
    'Apply the JetStream ingest log (TARIFF_INGEST=jetstream) to the database; several may run at once',
  )
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (flags: StoreFlags) => (await import('../ingest-log/cli.js')).ingestWorkerCommand(flags));

program
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (flags: { dataDir?: string }) => {
    const progress = await terminalProgress();
    const store = await (await import('./open.js')).openConfiguredStore(flags, false, progress);
    const { migrateToLatest } = await import('../app/migrations.js');
    let result: Awaited<ReturnType<typeof migrateToLatest>>;
    try {
      result = await migrateToLatest(store.db, (name, n, total) =>
        progress.step(`migration ${n}/${total}: ${name}`),
      );
    } catch (error) {
      progress.fail('migration failed');
      await store.close();
      throw error;
    }
    progress.stop();
    const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
    process.stdout.write(`${await describeStore(store, flags)}: ${applied.length} migration(s) applied\n`);
    for (const name of applied) process.stdout.write(`  ${name}\n`);
    await store.close();
  });

program
  .command('demo')
  .description('Load the demo dataset (customers, plans, usage, invoices)')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .option('--mode <mode>', 'live, or test: the demo objects are made in test mode', 'live')
  .action(async (flags: { dataDir?: string; mode: string }) => {
    const mode = modeOf(flags.mode);
    const progress = await terminalProgress();
    const tariff = await openTariff(flags, progress);
    const { hasDemo, isEmpty, loadDemo } = await import('../demo/demo.js');
    const { demoProgress } = await import('./progress.js');
    try {
      // The store is opened outside the mode; only the work runs in it (the mode selects the data).
      await runInMode(mode, () => loadDemoIn(mode));
    } catch (error) {
      progress.stop();
      throw error;
    } finally {
      await tariff.close();
    }

    async function loadDemoIn(mode: Mode): Promise<void> {
      const where = `${await describeStore(tariff.store, flags)}${mode === 'test' ? ' (test mode)' : ''}`;
      // Loaded twice is not a failure (the store already is what was asked for): a note, exit 0.
      // A store with other customers is refused: the demo would mix with real data.
      if (!(await isEmpty(tariff.services))) {
        if (await hasDemo(tariff.services)) {
          process.stdout.write(`the demo is already loaded in ${where}; nothing to do\n`);
          return;
        }
        throw new Error(
          `${where} already holds customers; the demo loads only into an empty store (pass a new --data-dir or another DATABASE_URL)`,
        );
      }
      const summary = await loadDemo(tariff.services, demoProgress(progress));
      process.stdout.write(`demo loaded into ${where}: ${JSON.stringify(summary)}\n`);
    }
  });

const keys = program.command('keys').description('Manage API keys');
keys
  .command('create')
  .description('Create an API key and print its secret (shown once)')
  .option('--name <name>', 'a label for the key', 'cli')
  .option(
    '--permissions <list>',
    `a restricted key: group=level pairs, e.g. events=write,customers=read (groups: ${PERMISSION_GROUPS.join(', ')})`,
  )
  .option('--mode <mode>', 'live, or test: a key for test-mode data and test clocks', 'live')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (flags: { name: string; permissions?: string; mode: string; dataDir?: string }) => {
    const permissions = flags.permissions === undefined ? undefined : parsePermissionList(flags.permissions);
    const mode = modeOf(flags.mode);
    const tariff = await openTariff(flags);
    try {
      const { key, secret } = await tariff.services.keys.create({ name: flags.name, permissions, mode });
      process.stdout.write(`${key.id}\t${secret}\n`);
    } finally {
      await tariff.close();
    }
  });
keys
  .command('list')
  .description('List API keys (never their secrets)')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (flags: { dataDir?: string }) => {
    const tariff = await openTariff(flags);
    for (const k of await tariff.services.keys.list()) {
      process.stdout.write(
        `${k.id}\t${k.redacted}\t${k.type}\t${k.name}\t${k.created_at}\t${k.revoked_at ? `revoked ${k.revoked_at}` : 'active'}\n`,
      );
    }
    await tariff.close();
  });
keys
  .command('revoke <id>')
  .description('Revoke an API key')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (id: string, flags: { dataDir?: string }) => {
    const tariff = await openTariff(flags);
    let code = 0;
    try {
      const key = await tariff.services.keys.revoke(id);
      process.stdout.write(`revoked ${key.id}\n`);
    } catch (error) {
      process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
      code = 1;
    } finally {
      await tariff.close();
    }
    process.exitCode = code;
  });

/** `--mode`: live or test. */
function modeOf(flag: string): Mode {
  if (flag !== 'live' && flag !== 'test') throw new Error('--mode is live or test');
  return flag;
}

const stripe = program.command('stripe').description('Stripe payment collection');
stripe
  .command('reconcile')
  .description('List drift between Tariff and Stripe (customers, invoices); --repair pushes again')
  .option('--repair', "push Tariff's state again where they differ")
  .option('--mode <mode>', "live, or test: reconcile test mode's objects with its Stripe connection", 'live')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (flags: { repair?: boolean; dataDir?: string; mode: string }) => {
    const mode = modeOf(flags.mode);
    const progress = await terminalProgress();
    const tariff = await openTariff(flags, progress);
    let code = 1;
    try {
      // The store is opened outside the mode; only the reconciliation runs in it.
      const drift = await runInMode(mode, () =>
        tariff.services.payments.reconcileStripe({
          repair: flags.repair === true,
          onProgress: (c) =>
            progress.step(
              `checked ${c.customers} customer(s), ${c.invoices}${c.invoices_total === undefined ? '' : `/${c.invoices_total}`} invoice(s); ${c.drift} differ`,
            ),
        }),
      ).catch(async (error: unknown) => {
        progress.stop();
        if ((error as { code?: string }).code === 'payment_provider_not_configured')
          throw new Error(
            `Stripe is not connected in ${await describeStore(tariff.store, flags)}${mode === 'test' ? ' (test mode)' : ''}; connect it first: POST /v1/payment_settings {"provider":"stripe","stripe":{"secret_key":"sk_…"}}${mode === 'test' ? ' with a test key (Tariff-Mode: test)' : ''}`,
          );
        throw error;
      });
      progress.stop();
      const { driftExitCode, driftReport } = await import('../payments/drift-report.js');
      process.stdout.write(driftReport(drift, flags.repair === true));
      code = driftExitCode(drift);
    } finally {
      await tariff.close();
    }
    // Set after closing: PGlite's runtime resets the exit code when it shuts down.
    process.exitCode = code;
  });

const secrets = program
  .command('secrets')
  .description('The key that seals stored secrets (Stripe keys, webhook secrets)');
secrets
  .command('rotate')
  .description('Re-seal every stored secret with a new key (generated, or --new-key)')
  .option('--new-key <key>', 'the new key: 32 bytes as base64 or 64 hex characters (default: a random one)')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (flags: { newKey?: string; dataDir?: string }) => {
    const result = await (await import('./secrets.js')).rotateSecrets(flags);
    process.stdout.write(`${result.message}\n`);
  });
const debug = process.argv.includes('--debug');
try {
  const argv = process.argv.filter((arg) => arg !== '--debug');
  const command = argv
    .slice(2)
    .filter((a) => !a.startsWith('-'))
    .slice(0, 2)
    .join(' ');
  // One-shot commands act as `cli` in the audit log. `serve` and `worker` are long-running: their
  // requests and jobs carry their own contexts, which must not inherit this one.
  if (command.startsWith('serve') || command.startsWith('worker')) await program.parseAsync(argv);
  else await runWithContext(systemContext('cli', command || 'tariff'), () => program.parseAsync(argv));
} catch (error) {
  // One clear line and a non-zero exit; the stack trace only with --debug.
  if (debug) console.error(error);
  else process.stderr.write(`tariff: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
