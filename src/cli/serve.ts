import { createServer } from 'node:net';
import { createTariff } from '../app/compose.js';
import { isEmpty, loadDemo } from '../demo/demo.js';
import { limitsFromEnv, trustProxyFromEnv } from '../http/server.js';
import { describeStore, openConfiguredStore } from './open.js';
import { demoProgress, isInteractive, seconds, terminalProgress } from './progress.js';

export interface ServeFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  demo?: boolean;
  worker?: boolean;
}

/** A listen failure as one actionable line. */
function listenError(error: unknown, host: string, port: number): Error {
  const code = (error as { code?: string }).code;
  if (code === 'EADDRINUSE') return new Error(`port ${port} is in use on ${host}; pass --port (or set PORT)`);
  if (code === 'EACCES')
    return new Error(`port ${port} needs privileges on ${host}; pass --port with a port above 1023`);
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
    return new Error(
      `cannot listen on ${host}: no such local address; pass --host (e.g. 127.0.0.1 or 0.0.0.0)`,
    );
  return error instanceof Error ? error : new Error(String(error));
}

/** Fails before the store is opened and migrated (seconds on a first start) when the port is taken. */
async function checkPort(host: string, port: number): Promise<void> {
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(listenError(error, host, port)));
    probe.listen({ port, host, exclusive: true }, () => probe.close(() => resolve()));
  });
}

/**
 * `tariff serve`: listens as soon as the store is open and migrated, prints the URL and key, and
 * only then (with --demo on an empty store) loads the demo in the background behind a progress
 * line. The billing worker starts after the demo is in, so it never bills a half-built demo;
 * requests made meanwhile are answered normally and see the demo data as far as it has come.
 */
export async function serve(flags: ServeFlags): Promise<void> {
  const port = Number(flags.port ?? process.env.PORT ?? 4000);
  const host = flags.host ?? process.env.HOST ?? '127.0.0.1';
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`--port must be a port number (0–65535), not '${flags.port ?? process.env.PORT}'`);
  if (port !== 0) await checkPort(host, port);
  const progress = await terminalProgress();
  const store = await openConfiguredStore(flags, true, progress);
  const trustProxy = trustProxyFromEnv();
  const tariff = await createTariff({
    store,
    limits: limitsFromEnv(),
    ...(trustProxy === undefined ? {} : { trustProxy }),
  });
  const { services, log } = tariff;

  let printedKey: string | undefined;
  let printedTestKey: string | undefined;
  let operatorKeyRevoked = false;
  let loadingDemo = false;
  let closing = false;
  try {
    if (process.env.TARIFF_API_KEY) {
      // Never revives a revoked key: a restart must not undo a revocation made to stop a leak.
      operatorKeyRevoked = !(await services.keys.ensure(process.env.TARIFF_API_KEY, 'TARIFF_API_KEY')).usable;
      if (operatorKeyRevoked)
        log.warn('TARIFF_API_KEY names a revoked key: it stays revoked and does not work');
    } else if ((await services.keys.countActive()) === 0) {
      printedKey = (await services.keys.create({ name: 'first start' })).secret;
      // And one for test mode (test data, test clocks), so that trying things never touches live.
      printedTestKey = (await services.keys.create({ name: 'first start (test mode)', mode: 'test' })).secret;
    }
    loadingDemo = flags.demo === true && (await isEmpty(services));
    try {
      await tariff.app.listen({ port, host });
    } catch (error) {
      throw listenError(error, host, port);
    }
  } catch (error) {
    await tariff.close();
    throw error;
  }
  const startWorker = () => {
    if (flags.worker !== false && !closing) tariff.worker.start();
  };
  if (!loadingDemo) startWorker();

  const url = `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`;
  const lines = [
    '',
    `  Tariff is running at ${url}`,
    `  storage:   ${describeStore(store, flags)}`,
    `  API docs:  ${url}/docs`,
    `  console:   ${url}/console`,
    printedKey
      ? `  API key:   ${printedKey}   (shown once; keep it, or create another with \`tariff keys create\`)`
      : process.env.TARIFF_API_KEY
        ? operatorKeyRevoked
          ? '  API key:   TARIFF_API_KEY was revoked and stays revoked; set another or use `tariff keys create`'
          : '  API key:   the one in TARIFF_API_KEY'
        : '  API key:   printed on the first start; `npm run tariff -- keys create` makes a new one',
    ...(printedTestKey ? [`  test key:  ${printedTestKey}   (test mode: its own data and test clocks)`] : []),
    `  try:       curl -H "Authorization: Bearer ${printedKey ?? process.env.TARIFF_API_KEY ?? '<key>'}" ${url}/v1/customers`,
    ...(loadingDemo
      ? ['  demo:      loading in the background (about a minute); the billing worker starts when it is in']
      : []),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  if (loadingDemo) {
    const started = performance.now();
    loadDemo(services, demoProgress(progress))
      .then((summary) => {
        log.info(summary, 'demo data loaded');
        // On a terminal the ✔ lines said it step by step; elsewhere one plain line.
        if (!isInteractive())
          process.stdout.write(`demo loaded in ${seconds(started)}: ${JSON.stringify(summary)}\n`);
        else process.stdout.write(`  demo loaded in ${seconds(started)}; open ${url}/console\n`);
        loadingDemo = false;
        startWorker();
      })
      .catch((error: unknown) => {
        loadingDemo = false;
        if (closing) return;
        progress.fail('demo failed to load');
        log.error({ err: error }, 'demo failed to load');
        process.stderr.write(
          `tariff: the demo failed to load: ${error instanceof Error ? error.message : String(error)}\n`,
        );
        startWorker();
      });
  }

  // SIGTERM: stop taking connections, let requests in flight and the running job finish, then exit.
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    progress.stop();
    log.info({ signal }, 'shutting down');
    if (loadingDemo) {
      // The demo load cannot be cut cleanly: stop answering and exit, as a kill during the load
      // did before; the store keeps the part already loaded.
      process.stderr.write(
        'tariff: stopped while loading the demo; the store keeps a partial demo (start on a new --data-dir for a full one)\n',
      );
      await tariff.app.close();
      process.exit(1);
    }
    await tariff.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
