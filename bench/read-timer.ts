import pino from 'pino';
import { createTariff } from '../src/app/compose.js';
import { openStore } from '../src/db/store.js';

/**
 * The reader of the ingestion bench's (b), run as its own process (bench/ingest.ts forks it): an
 * application reads usage from another process than the ones sending events. In the bench's own
 * process the four writer clients build and parse 1,000-event bodies, and its event loop stalled
 * for up to 15 ms at p99 (2026-12-06): that was timed as the read's.
 *
 * It asks one customer's month after the other, one read every 10 ms, until told to stop, and
 * answers each read's time in ms (after 300 untimed reads, made before the ingestion starts). On PostgreSQL it is a second Tariff
 * on the same database (the query's own time, as billing asks it); on PGlite, which one process
 * owns, it asks the server over HTTP.
 */
export interface ReadJob {
  readonly databaseUrl?: string;
  readonly serverUrl: string;
  readonly key: string;
  readonly meter: string;
  readonly customers: readonly string[];
  readonly month: { readonly start_time: string; readonly end_time: string };
}

const WARMUP = 300;
let stopping = false;

async function run(job: ReadJob): Promise<number[]> {
  const reading = job.databaseUrl
    ? await createTariff({
        store: await openStore({ databaseUrl: job.databaseUrl, poolSize: 2 }),
        logger: pino({ level: 'silent' }),
      })
    : undefined;
  const meter = reading ? await reading.services.metering.getMeter(job.meter) : undefined;
  const window = { start: new Date(job.month.start_time), end: new Date(job.month.end_time) };
  const read = async (q: number) => {
    const customer = job.customers[(q * 37) % job.customers.length] as string;
    if (reading && meter) {
      await reading.services.metering.aggregate({ meterId: meter.id, customerId: customer, ...window });
    } else {
      const query = new URLSearchParams({ customer, ...job.month }).toString();
      const res = await fetch(`${job.serverUrl}/v1/meters/${job.meter}/usage?${query}`, {
        headers: { authorization: `Bearer ${job.key}` },
      });
      if (res.status !== 200) throw new Error(`usage read: ${res.status} ${await res.text()}`);
      await res.arrayBuffer();
    }
  };
  // Untimed, before the ingestion starts: a running application has compiled its read path.
  for (let q = 0; q < WARMUP; q++) await read(q);
  process.send?.({ ready: true });
  const reads: number[] = [];
  for (let q = 0; !stopping; q++) {
    const t0 = performance.now();
    await read(q);
    reads.push(performance.now() - t0);
    // One read every 10 ms: a steady reader, not a second load.
    await new Promise((r) => setTimeout(r, 10));
  }
  await reading?.close();
  return reads;
}

process.on('message', (m: ReadJob | 'stop') => {
  if (m === 'stop') {
    stopping = true;
    return;
  }
  run(m).then(
    (reads) => process.send?.({ reads }, () => process.exit(0)),
    (error: unknown) => process.send?.({ error: String(error) }, () => process.exit(1)),
  );
});
