import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../core/time/clock.js';
import { runWithContext, systemContext } from '../shared/request-context.js';

/**
 * A unit of background work. `run` must be safe with several workers at once: jobs claim their
 * rows with `FOR UPDATE SKIP LOCKED` or rely on unique constraints, never on being alone.
 */
export interface Job {
  readonly name: string;
  readonly everyMs: number;
  run(now: Date): Promise<void>;
}

export interface Worker {
  start(): void;
  /** Stops scheduling and waits for the job in flight, so SIGTERM never cuts a job in half. */
  stop(): Promise<void>;
  /** Runs every job once, in order (tests and `tariff worker --once`). */
  runOnce(): Promise<void>;
}

export function createWorker(jobs: readonly Job[], clock: Clock, log: FastifyBaseLogger): Worker {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<void>>();
  let stopped = true;

  async function runJob(job: Job) {
    try {
      // Every write of the job is audited with the actor `worker` and the job's name.
      await runWithContext(systemContext('worker', job.name), () => job.run(clock.now()));
    } catch (error) {
      log.error({ err: error, job: job.name }, 'job failed');
    }
  }

  function schedule(job: Job) {
    const timer = setTimeout(async () => {
      if (stopped) return;
      const p = runJob(job);
      running.add(p);
      await p;
      running.delete(p);
      if (!stopped) schedule(job);
    }, job.everyMs);
    timer.unref();
    timers.push(timer);
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      for (const job of jobs) schedule(job);
    },
    async stop() {
      stopped = true;
      for (const t of timers) clearTimeout(t);
      timers.length = 0;
      await Promise.all(running);
    },
    async runOnce() {
      for (const job of jobs) await runJob(job);
    },
  };
}
