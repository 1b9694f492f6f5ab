import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort, PROCESS_TEST_KEY } from '../../src/testing/process.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Loading the demo (90 days of events) takes a while on a busy two-core machine. */
const START_MS = 300_000;

export interface DemoServer {
  readonly url: string;
  readonly key: string;
  stop(): Promise<void>;
}

/**
 * `tariff serve --demo` as a child process on its own PGlite directory, ready once it prints its
 * banner (after migrations and the demo load). The key is the test key in TARIFF_API_KEY.
 */
export async function startDemoServer(
  dataDir: string,
  options: { demo?: boolean } = {},
): Promise<DemoServer> {
  const port = await freePort();
  // A test that makes all its own data starts without the demo (far quicker on a busy machine).
  const demo = options.demo === false ? [] : ['--demo'];
  const child: ChildProcess = spawn(
    process.execPath,
    ['bin/tariff.js', 'serve', ...demo, '--data-dir', dataDir],
    {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: '',
        TARIFF_API_KEY: PROCESS_TEST_KEY,
        LOG_LEVEL: 'warn',
        PORT: String(port),
        TARIFF_OUTBOUND_ALLOW_PRIVATE: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no banner after ${START_MS} ms:\n${output}`)), START_MS);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      // The banner comes first; with a demo to load, ready once it says the demo is in.
      const loading = output.includes('demo:      loading');
      if (output.includes('Tariff is running at') && (!loading || output.includes('demo loaded in'))) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`tariff serve exited (${code}):\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    key: PROCESS_TEST_KEY,
    async stop() {
      if (child.exitCode === null) child.kill('SIGTERM');
      await exited;
    },
  };
}
