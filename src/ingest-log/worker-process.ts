import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** A `tariff ingest-worker` child process for the crash tests. */
export interface WorkerProcess {
  readonly child: ChildProcess;
  /** Resolves when the process has exited (killed, crashed by fault injection, or stopped). */
  readonly exited: Promise<void>;
  alive(): boolean;
  kill9(): Promise<void>;
  /** SIGTERM: a clean stop that gives the leases back. */
  stop(): Promise<void>;
}

export async function startWorkerProcess(env: NodeJS.ProcessEnv): Promise<WorkerProcess> {
  const child = spawn(process.execPath, ['bin/tariff.js', 'ingest-worker'], {
    cwd: ROOT,
    env: { ...process.env, LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`ingest worker did not start:\n${output}`)), 60_000);
    const look = (d: Buffer) => {
      output += d;
      if (output.includes('ingest worker started')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', look);
    child.stderr?.on('data', look);
    void exited.then(() => {
      clearTimeout(timer);
      reject(new Error(`ingest worker exited at start:\n${output}`));
    });
  }).catch((e) => {
    // A fault-injected worker may die right after starting: that is an exit, not a failure.
    if (!output.includes('ingest worker started') && child.exitCode === null && child.signalCode === null)
      throw e;
    if (!output.includes('ingest worker started') && child.signalCode !== 'SIGKILL') throw e;
  });
  const alive = () => child.exitCode === null && child.signalCode === null;
  const signal = async (sig: NodeJS.Signals) => {
    if (alive()) child.kill(sig);
    await exited;
  };
  return { child, exited, alive, kill9: () => signal('SIGKILL'), stop: () => signal('SIGTERM') };
}
