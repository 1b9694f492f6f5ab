import type { Services } from '../app/compose.js';
import type { CustomerRow } from '../customers/customer.js';
import type { MeterRow } from './meter.js';

export interface DemoMeters {
  tokens: MeterRow;
  active_projects: MeterRow;
  storage_gb: MeterRow;
  api_calls: MeterRow;
}

/** The demo's meters; later demo parts price them by these event names. */
export async function demoMeters(services: Services): Promise<DemoMeters> {
  const m = services.metering;
  return {
    tokens: await m.createMeter({
      event_name: 'tokens',
      display_name: 'LLM tokens',
      formula: 'sum',
      dimension_keys: ['model'],
    }),
    active_projects: await m.createMeter({
      event_name: 'active_projects',
      display_name: 'Active projects',
      formula: 'max',
    }),
    storage_gb: await m.createMeter({
      event_name: 'storage_gb',
      display_name: 'Storage (GB-days)',
      formula: 'sum',
    }),
    api_calls: await m.createMeter({ event_name: 'api_calls', display_name: 'API calls', formula: 'count' }),
  };
}

const DAY_MS = 86_400_000;
const DAYS = 90;

/** A small deterministic generator so the demo is the same on every machine. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1_664_525 + 1_013_904_223) >>> 0;
    return s / 2 ** 32;
  };
}

interface Plan {
  customer: CustomerRow;
  seed: number;
  /** Events for one day (growth from 0 to 1 over the 90 days). */
  day(rand: () => number, growth: number): { event_name: string; value?: string; model?: string }[];
}

const nimbusDay: Plan['day'] = (rand, growth) => {
  const out: { event_name: string; value?: string; model?: string }[] = [];
  const requests = Math.round(20 + 40 * growth + 10 * rand());
  for (let i = 0; i < requests; i++) {
    const large = rand() < 0.25;
    const tokens = Math.round((large ? 8_000 : 40_000) * (0.5 + rand()));
    out.push({ event_name: 'tokens', value: String(tokens), model: large ? 'large' : 'tiny' });
    out.push({ event_name: 'api_calls' });
  }
  out.push({ event_name: 'storage_gb', value: (120 + 380 * growth + 5 * rand()).toFixed(2) });
  return out;
};

const projectsDay =
  (base: number, spread: number): Plan['day'] =>
  (rand, growth) => {
    const out: { event_name: string; value?: string; model?: string }[] = [];
    for (let i = 0; i < 3; i++)
      out.push({
        event_name: 'active_projects',
        value: String(Math.round(base + spread * growth + 2 * rand())),
      });
    const calls = Math.round(10 + 25 * growth * rand());
    for (let i = 0; i < calls; i++) out.push({ event_name: 'api_calls' });
    return out;
  };

/**
 * About 90 days of usage ending at the clock's now for the demo customers: Nimbus uses tokens
 * (tiny and large models), storage and API calls; Acme and Kobo active projects and API calls.
 * Older than the event window, so it is loaded with the service's backfill option.
 */
export async function demoUsage(
  services: Services,
  customers: { acme: CustomerRow; nimbus: CustomerRow; kobo: CustomerRow },
): Promise<{ events: number }> {
  const now = (await services.testClocks.nowFor({ test_clock: null })).getTime();
  const plans: Plan[] = [
    { customer: customers.nimbus, seed: 7, day: nimbusDay },
    { customer: customers.acme, seed: 11, day: projectsDay(8, 10) },
    { customer: customers.kobo, seed: 13, day: projectsDay(2, 3) },
  ];
  let events: Record<string, unknown>[] = [];
  let stored = 0;
  const flush = async () => {
    stored += (await services.metering.ingest(events, { backfill: true })).accepted;
    events = [];
  };
  for (const plan of plans) {
    const rand = random(plan.seed);
    for (let d = 0; d < DAYS; d++) {
      const dayStart = now - (DAYS - d) * DAY_MS;
      const items = plan.day(rand, d / DAYS);
      items.forEach((item, i) => {
        const at = Math.min(now - 1000, dayStart + Math.floor(((i + rand()) / items.length) * DAY_MS));
        events.push({
          event_name: item.event_name,
          identifier: `demo-${plan.customer.id}-${d}-${i}`,
          timestamp: new Date(at).toISOString(),
          payload: {
            customer: plan.customer.id,
            ...(item.value !== undefined && { value: item.value }),
            ...(item.model !== undefined && { model: item.model }),
          },
        });
      });
      if (events.length >= 5_000) await flush();
    }
  }
  await flush();
  // Into the rollups now, not when the worker first runs: the demo's charts read 90 days at once.
  await services.metering.fold();
  return { events: stored };
}
