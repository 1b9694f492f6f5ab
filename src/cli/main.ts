import { Command } from 'commander';
import { VERSION } from '../app/version.js';
import { PERMISSION_GROUPS, parsePermissionList } from '../shared/permissions.js';
import { runWithContext, systemContext } from '../shared/request-context.js';
import type { StoreFlags } from './open.js';
import type { ServeFlags } from './serve.js';

// Everything heavy (the database, the HTTP server, PDF fonts) is imported by the command that
// needs it, so `tariff --help` and argument errors answer at once.
async function openTariff(flags: StoreFlags) {
  const [{ openConfiguredStore }, { createTariff }] = await Promise.all([
    import('./open.js'),
    import('../app/compose.js'),
  ]);
  const store = await openConfiguredStore(flags);
  return createTariff({ store });
}
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
      await tariff.worker.runOnce();
      await tariff.close();
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
  .command('migrate')
  .description('Apply pending database migrations and exit')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (flags: { dataDir?: string }) => {
    const store = await (await import('./open.js')).openConfiguredStore(flags, false);
    const { migrateToLatest } = await import('../db/migrate.js');
    const result = await migrateToLatest(store.db);
    const applied = result.results?.filter((r) => r.status === 'Success').map((r) => r.migrationName) ?? [];
    process.stdout.write(`${await describeStore(store, flags)}: ${applied.length} migration(s) applied\n`);
    for (const name of applied) process.stdout.write(`  ${name}\n`);
    await store.close();
  });

program
  .command('demo')
  .description('Load the demo dataset (customers, plans, usage, invoices)')
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (flags: { dataDir?: string }) => {
    const tariff = await openTariff(flags);
    const summary = await (await import('../demo/demo.js')).loadDemo(tariff.services);
    process.stdout.write(
      `demo loaded into ${await describeStore(tariff.store, flags)}: ${JSON.stringify(summary)}\n`,
    );
    await tariff.close();
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
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (flags: { name: string; permissions?: string; dataDir?: string }) => {
    const permissions = flags.permissions === undefined ? undefined : parsePermissionList(flags.permissions);
    const tariff = await openTariff(flags);
    try {
      const { key, secret } = await tariff.services.keys.create({ name: flags.name, permissions });
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

const stripe = program.command('stripe').description('Stripe payment collection');
stripe
  .command('reconcile')
  .description('List drift between Tariff and Stripe (customers, invoices); --repair pushes again')
  .option('--repair', "push Tariff's state again where they differ")
  .option('--data-dir <dir>', 'PGlite data directory (default: ./.tariff-data)')
  .action(async (flags: { repair?: boolean; dataDir?: string }) => {
    const tariff = await openTariff(flags);
    let code = 1;
    try {
      const drift = await tariff.services.payments.reconcileStripe({ repair: flags.repair === true });
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
