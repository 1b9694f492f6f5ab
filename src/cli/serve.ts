import { createTariff } from '../app/compose.js';
import { isEmpty, loadDemo } from '../demo/demo.js';
import { limitsFromEnv, trustProxyFromEnv } from '../http/server.js';
import { describeStore, openConfiguredStore } from './open.js';

export interface ServeFlags {
  port?: string;
  host?: string;
  dataDir?: string;
  demo?: boolean;
  worker?: boolean;
}

export async function serve(flags: ServeFlags): Promise<void> {
  const port = Number(flags.port ?? process.env.PORT ?? 4000);
  const host = flags.host ?? process.env.HOST ?? '127.0.0.1';
  const store = await openConfiguredStore(flags);
  const trustProxy = trustProxyFromEnv();
  const tariff = await createTariff({
    store,
    limits: limitsFromEnv(),
    ...(trustProxy === undefined ? {} : { trustProxy }),
  });
  const { services, log } = tariff;

  let printedKey: string | undefined;
  let operatorKeyRevoked = false;
  if (process.env.TARIFF_API_KEY) {
    // Never revives a revoked key: a restart must not undo a revocation made to stop a leak.
    operatorKeyRevoked = !(await services.keys.ensure(process.env.TARIFF_API_KEY, 'TARIFF_API_KEY')).usable;
    if (operatorKeyRevoked)
      log.warn('TARIFF_API_KEY names a revoked key: it stays revoked and does not work');
  } else if ((await services.keys.countActive()) === 0) {
    printedKey = (await services.keys.create({ name: 'first start' })).secret;
  }
  if (flags.demo && (await isEmpty(services))) {
    const summary = await loadDemo(services);
    log.info(summary, 'demo data loaded');
  }

  await tariff.app.listen({ port, host });
  if (flags.worker !== false) tariff.worker.start();

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
    `  try:       curl -H "Authorization: Bearer ${printedKey ?? process.env.TARIFF_API_KEY ?? '<key>'}" ${url}/v1/customers`,
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);

  // SIGTERM: stop taking connections, let requests in flight and the running job finish, then exit.
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    log.info({ signal }, 'shutting down');
    await tariff.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void shutdown('SIGTERM'));
  process.on('SIGINT', () => void shutdown('SIGINT'));
}
