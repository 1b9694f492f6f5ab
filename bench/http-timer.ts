import http from 'node:http';

/**
 * The load generator of the HTTP rows, run as its own process (bench/http-timed.ts forks it): an
 * application calls Tariff from another process, and a client in the server's process puts its
 * own allocations, GC pauses and event-loop turns into the server's tail. One kept-alive socket,
 * one request at a time; each request is timed from `request()` to the last byte of the response.
 */
export interface TimerJob {
  readonly url: string;
  readonly method: 'GET' | 'POST';
  /** Request i uses `paths[i % paths.length]` and, for a POST, `bodies[i % bodies.length]`. */
  readonly paths: readonly string[];
  readonly bodies: readonly string[];
  readonly headers: Record<string, string>;
  readonly warmup: number;
  readonly calls: number;
  readonly reps: number;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function once(job: TimerJob, i: number): Promise<number> {
  const body = job.method === 'POST' ? (job.bodies[i % job.bodies.length] ?? '') : undefined;
  const headers = body === undefined ? job.headers : { ...job.headers, 'content-type': 'application/json' };
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const req = http.request(
      job.url + job.paths[i % job.paths.length],
      { method: job.method, agent, headers },
      (res) => {
        res.resume();
        res.on('end', () => {
          const elapsed = performance.now() - t0;
          if (res.statusCode === 200) resolve(elapsed);
          else reject(new Error(`${job.method} ${req.path}: ${res.statusCode}`));
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function run(job: TimerJob): Promise<number[][]> {
  for (let i = 0; i < job.warmup; i++) await once(job, i);
  const reps: number[][] = [];
  for (let r = 0; r < job.reps; r++) {
    const times = new Array<number>(job.calls);
    for (let i = 0; i < job.calls; i++) times[i] = await once(job, i);
    reps.push(times.sort((a, b) => a - b));
  }
  return reps;
}

process.on('message', (job: TimerJob) => {
  run(job).then(
    (reps) => process.send?.({ reps }, () => process.exit(0)),
    (error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)),
  );
});
