import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from '../testing/process.js';

/**
 * A real `nats-server -js` for one test (never a mock): its own store directory and port. It can
 * be stopped, killed with SIGKILL and restarted on the same directory and port (what it stored
 * and acknowledged must survive).
 */
export interface NatsServer {
  readonly url: string;
  readonly port: number;
  pid(): number | undefined;
  /** SIGKILL: no shutdown, no flush beyond what JetStream already synced. */
  kill9(): Promise<void>;
  restart(): Promise<void>;
  stop(): Promise<void>;
}

const BINARY = process.env.NATS_SERVER_BIN ?? '/usr/sbin/nats-server';

async function listening(port: number, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const s = connect(port, '127.0.0.1', () => {
        s.end();
        resolve(true);
      });
      s.on('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > until) throw new Error(`nats-server did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const exited = (child: ChildProcess) =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise<void>((resolve) => child.once('exit', () => resolve()));

export async function startNatsServer(): Promise<NatsServer> {
  const dir = mkdtempSync(join(tmpdir(), 'tariff-nats-'));
  const port = await freePort();
  let child: ChildProcess | undefined;
  const launch = async () => {
    child = spawn(BINARY, ['-js', '-sd', dir, '-p', String(port), '-a', '127.0.0.1'], {
      stdio: 'ignore',
    });
    await listening(port);
  };
  await launch();
  const signal = async (sig: NodeJS.Signals) => {
    const c = child;
    if (!c?.pid) return;
    c.kill(sig);
    await exited(c);
    child = undefined;
  };
  return {
    url: `nats://127.0.0.1:${port}`,
    port,
    pid: () => child?.pid,
    kill9: () => signal('SIGKILL'),
    restart: launch,
    async stop() {
      await signal('SIGTERM');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
