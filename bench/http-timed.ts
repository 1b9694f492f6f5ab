import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TimerJob } from './http-timer.js';
import type { ReadJob } from './read-timer.js';

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

const READER = fileURLToPath(new URL('./read-timer.ts', import.meta.url));

/**
 * Starts the usage reader of bench/read-timer.ts in its own process; resolves once it is ready to
 * read (connected, meter found). `stop()` answers every read's time in ms.
 */
export function readerInAnotherProcess(job: ReadJob): Promise<{ stop(): Promise<number[]> }> {
  const child = fork(READER, [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
  const answer = new Promise<number[]>((resolve, reject) => {
    child.on('message', (m: { ready?: boolean; reads?: number[]; error?: string }) => {
      if (m.reads) resolve(m.reads);
      else if (m.error) reject(new Error(`read-timer: ${m.error}`));
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`read-timer exited with ${code}`));
    });
  });
  const ready = new Promise<void>((resolve, reject) => {
    child.on('message', (m: { ready?: boolean }) => m.ready && resolve());
    answer.catch(reject);
  });
  child.send(job);
  return ready.then(() => ({
    stop() {
      child.send('stop');
      return answer;
    },
  }));
}
