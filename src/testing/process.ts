import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const PROCESS_TEST_KEY = 'sk_test_process_key_000000000000000';

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.listen(0, '127.0.0.1', () => {
      const address = srv.address();
      srv.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** `kill -9`: no shutdown hook runs. */
  crash(): Promise<void>;
  stop(): Promise<void>;
}

/** Starts `tariff serve` as a real child process (for crash and restart tests). */
export async function startServer(options: {
  dataDir?: string;
  databaseUrl?: string;
  port?: number;
  args?: string[];
}): Promise<ServerProcess> {
  const port = options.port ?? (await freePort());
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TARIFF_API_KEY: PROCESS_TEST_KEY,
    LOG_LEVEL: 'warn',
    PORT: String(port),
    // Receivers and the fake Stripe listen on 127.0.0.1.
    TARIFF_OUTBOUND_ALLOW_PRIVATE: '1',
    // Crash and throughput runs measure the engine, not the limiter (src/http/limits.test.ts does).
    TARIFF_RATE_LIMIT_PER_KEY: process.env.TARIFF_RATE_LIMIT_PER_KEY ?? '0',
  };
  if (options.databaseUrl) env.DATABASE_URL = options.databaseUrl;
  else delete env.DATABASE_URL;
  const args = [
    'bin/tariff.js',
    'serve',
    ...(options.dataDir ? ['--data-dir', options.dataDir] : []),
    ...(options.args ?? []),
  ];
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout?.on('data', (d) => {
    output += d;
  });
  child.stderr?.on('data', (d) => {
    output += d;
  });
  const url = `http://127.0.0.1:${port}`;
  // Generous: loading the demo (`--demo`) on a busy CI machine takes a while.
  const deadline = Date.now() + 300_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${output}`);
    try {
      const res = await fetch(`${url}/health`);
      if (res.ok) break;
    } catch {
      // not up yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start: ${output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    url,
    child,
    async crash() {
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}

export async function call(
  url: string,
  method: string,
  path: string,
  body?: unknown,
): Promise<{ status: number; body: any }> {
  const res = await fetch(url + path, {
    method,
    headers: {
      authorization: `Bearer ${PROCESS_TEST_KEY}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: res.status, body: await res.json() };
}
