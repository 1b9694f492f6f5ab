import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TimerJob } from './http-timer.js';

const TIMER = fileURLToPath(new URL('./http-timer.ts', import.meta.url));

/**
 * Times `job` from a client in its own process (bench/http-timer.ts) and answers each rep's
 * sorted latencies in ms. The server keeps serving from this process's event loop meanwhile: it
 * must be listening (`app.listen`) before the call.
 */
export function timedFromAnotherProcess(job: TimerJob): Promise<number[][]> {
  return new Promise((resolve, reject) => {
    const child = fork(TIMER, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    child.once('message', (m: { reps?: number[][]; error?: string }) =>
      m.reps ? resolve(m.reps) : reject(new Error(`http-timer: ${m.error}`)),
    );
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`http-timer exited with ${code}`));
    });
    child.send(job);
  });
}
