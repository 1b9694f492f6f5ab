import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../core/time/clock.js';
import { type Mode, runWithContext, systemContext } from '../shared/request-context.js';

const MODES: readonly Mode[] = ['live', 'test'];

function addSummaries(a: JobSummary | undefined, b: JobSummary): JobSummary {
  if (!a) return b;
  const sum: Record<string, number> = { ...a };
  for (const [k, v] of Object.entries(b)) sum[k] = (sum[k] ?? 0) + v;
  return sum;
}

/** What one run of a job did, as counts (`{ invoices_finalized: 2 }`), where the job can tell. */
export type JobSummary = Readonly<Record<string, number>>;

/**
 * A unit of background work. `run` must be safe with several workers at once: jobs claim their
 * rows with `FOR UPDATE SKIP LOCKED` or rely on unique constraints, never on being alone.
 */
export interface Job {
  readonly name: string;
  readonly everyMs: number;
  // biome-ignore lint/suspicious/noConfusingVoidType: jobs that cannot tell what they did return nothing
  run(now: Date): Promise<JobSummary | undefined | void>;
}

/** One job's run, as `tariff worker --once` reports it. */
export interface JobRun {
  readonly name: string;
  readonly ms: number;
  readonly summary?: JobSummary;
  readonly error?: string;
}

export interface Worker {
  start(): void;
  /** Stops scheduling and waits for the job in flight, so SIGTERM never cuts a job in half. */
  stop(): Promise<void>;
  /** Runs every job once, in order (tests and `tariff worker --once`), and says what each did. */
  runOnce(): Promise<JobRun[]>;
}

export function createWorker(jobs: readonly Job[], clock: Clock, log: FastifyBaseLogger): Worker {
  const timers: NodeJS.Timeout[] = [];
  const running = new Set<Promise<unknown>>();
  let stopped = true;

  async function runJob(job: Job): Promise<JobRun> {
    const started = performance.now();
    const ms = () => Math.round((performance.now() - started) * 10) / 10;
    try {
      // Every write of the job is audited with the actor `worker` and the job's name. A job serves
      // both modes: it runs once in each (src/db/modes.ts), and its counts are added up.
      const now = clock.now();
      let summary: JobSummary | undefined;
      for (const mode of MODES) {
        const ran = await runWithContext({ ...systemContext('worker', job.name), mode }, () => job.run(now));
        if (ran) summary = addSummaries(summary, ran);
      }
      return summary ? { name: job.name, ms: ms(), summary } : { name: job.name, ms: ms() };
    } catch (error) {
      log.error({ err: error, job: job.name }, 'job failed');
      return { name: job.name, ms: ms(), error: error instanceof Error ? error.message : String(error) };
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
      const runs: JobRun[] = [];
      for (const job of jobs) runs.push(await runJob(job));
      return runs;
    },
  };
}
