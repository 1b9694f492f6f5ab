import type { AccountService } from '../account/service.js';
import type { ServiceContext } from '../shared/context.js';
import type { ErrorCode } from '../shared/errors/codes.js';
import { newIdBlock } from '../shared/ids.js';
import { currentMode } from '../shared/request-context.js';
import type { TestClockService } from '../test-clocks/service.js';
import type { CustomerCache } from './customer-cache.js';
import {
  checkWindow,
  type EventEnvelope,
  type EventMeasure,
  isRejection,
  measure,
  parseEnvelope,
  type Rejection,
} from './event-parse.js';
import type { MeterRow } from './meter.js';
import type { MeterCache } from './meter-cache.js';
import { eventKey, type NewEvent, type Refusal, storeEvents } from './rollup-store.js';
import './tables.js';

export type EventStatus = 'accepted' | 'duplicate' | 'rejected';

export interface EventResult {
  index: number;
  identifier: string | null;
  status: EventStatus;
  error?: { code: ErrorCode; message: string; param?: string };
  event?: NewEvent;
  meter?: MeterRow;
}

export interface BatchResult {
  results: EventResult[];
  accepted: number;
  duplicates: number;
  rejected: number;
  /** The arrival time the batch was stored with (each event's `created_at`). */
  arrivedAt: Date;
}

export interface IngestOptions {
  /** Skips the timestamp window: only the demo loader uses it, never an HTTP route. */
  readonly backfill?: boolean;
}

export interface IngestDeps {
  readonly ctx: ServiceContext;
  readonly account: AccountService;
  readonly testClocks: TestClockService;
  readonly customers: CustomerCache;
  readonly meters: MeterCache;
  /**
   * Where the validated events go, answering the refusals as `storeEvents` does. Default: ONE
   * statement into meter_events. The JetStream ingest log (src/ingest-log) publishes them instead.
   */
  readonly store?: (events: readonly NewEvent[], arrivedAt: Date) => Promise<Map<string, Refusal>>;
}

const rejection = (index: number, identifier: string | null, r: Rejection): EventResult => ({
  index,
  identifier,
  status: 'rejected',
  error: { code: r.code, message: r.message, ...(r.param !== undefined && { param: r.param }) },
});

const inactive = (index: number, identifier: string | null, meterId: string): EventResult =>
  rejection(index, identifier, {
    code: 'meter_inactive',
    message: `Meter ${meterId} is inactive.`,
    param: 'event_name',
  });

/** An event whose envelope, meter and payload are valid; its customer is not looked up yet. */
interface Measured {
  readonly index: number;
  readonly identifier: string | null;
  readonly meter: MeterRow;
  readonly measure: EventMeasure;
  readonly timestamp: Date | undefined;
}

/** Everything about one event that needs no database: its rejection, or what it measures. */
function check(
  envelope: EventEnvelope | Rejection,
  index: number,
  meters: ReadonlyMap<string, MeterRow>,
): EventResult | Measured {
  if (isRejection(envelope)) return rejection(index, null, envelope);
  const identifier = envelope.identifier ?? null;
  const meter = meters.get(envelope.event_name);
  if (!meter) {
    return rejection(index, identifier, {
      code: 'meter_not_found',
      message: `No meter for event_name '${envelope.event_name}'.`,
      param: 'event_name',
    });
  }
  if (meter.status !== 'active') return inactive(index, identifier, meter.id);
  const m = measure(meter, envelope.payload);
  if (isRejection(m)) return rejection(index, identifier, m);
  return { index, identifier, meter, measure: m, timestamp: envelope.timestamp };
}

/**
 * Validates every event on its own, then stores the good ones in ONE statement (atomic on its own;
 * the fold adds them to the rollups later). The caller answers only after it returns, i.e. after the commit: an
 * acknowledged event is durable. Duplicates (same meter and identifier, in this batch or ever
 * before) are reported and change nothing.
 */
export async function ingest(
  deps: IngestDeps,
  raws: readonly unknown[],
  options: IngestOptions = {},
): Promise<BatchResult> {
  const { ctx } = deps;
  const envelopes = raws.map(parseEnvelope);
  const eventNames = new Set<string>();
  for (const e of envelopes) if (!isRejection(e)) eventNames.add(e.event_name);
  const meters = await deps.meters.byEventNames(eventNames);
  const account = await deps.account.get();
  const arrival = ctx.clock.now();
  // Everything that needs the database is looked up once per batch, not once per event.
  const checked = envelopes.map((envelope, index) => check(envelope, index, meters));
  const refs = new Set<string>();
  for (const c of checked) if ('measure' in c) refs.add(c.measure.customerRef);
  const customers = await deps.customers.resolveMany(refs);
  const clockNow = new Map<string | null, Date>([[null, arrival]]);
  for (const customer of customers.values()) {
    if (!clockNow.has(customer.test_clock))
      clockNow.set(customer.test_clock, await deps.testClocks.nowFor(customer));
  }
  const nextId = newIdBlock('evt');
  const results: EventResult[] = [];
  // `sent` is the identifier the event came with (null when the id was made up here): what a
  // rejection answers, whether the meter was seen inactive here or by the insert statement.
  const candidates: { result: EventResult; event: NewEvent; sent: string | null }[] = [];
  // Repeats of an identifier within the batch: duplicates, unless the first copy is refused.
  const repeats: typeof candidates = [];
  // Identifiers seen in this batch, per meter id.
  const seen = new Map<string, Set<string>>();

  for (const c of checked) {
    if (!('measure' in c)) {
      results.push(c);
      continue;
    }
    const { index, identifier, meter, measure: m } = c;
    const customer = customers.get(m.customerRef);
    if (!customer) {
      const param = `payload[${meter.customer_key}]`;
      results.push(
        rejection(index, identifier, {
          code: 'customer_not_found',
          message: `No such customer: '${m.customerRef}'.`,
          param,
        }),
      );
      continue;
    }
    const now = clockNow.get(customer.test_clock) ?? arrival;
    const ts = c.timestamp ?? now;
    const outside = options.backfill
      ? undefined
      : checkWindow(ts, now, account.event_past_window_seconds, account.event_future_window_seconds);
    if (outside) {
      results.push(rejection(index, identifier, outside));
      continue;
    }
    const id = nextId();
    const event: NewEvent = {
      id,
      meterId: meter.id,
      customerId: customer.id,
      identifier: identifier ?? id,
      ts,
      value: m.value,
      distinctValue: m.distinctValue,
      dimKey: m.dimKey,
      dimensions: m.dimensions,
    };
    const result: EventResult = { index, identifier: event.identifier, status: 'accepted', event, meter };
    results.push(result);
    let identifiers = seen.get(meter.id);
    if (!identifiers) {
      identifiers = new Set<string>();
      seen.set(meter.id, identifiers);
    }
    if (identifiers.has(event.identifier)) {
      result.status = 'duplicate';
      repeats.push({ result, event, sent: identifier });
    } else {
      identifiers.add(event.identifier);
      candidates.push({ result, event, sent: identifier });
    }
  }

  // One statement, atomic on its own: no BEGIN/COMMIT round trips.
  // The ingest log (TARIFF_INGEST=jetstream) carries live events; test-mode events are stored
  // directly, in test mode's tables (src/db/modes.ts), so the log's workers never see them.
  const store =
    deps.store && currentMode() === 'live'
      ? deps.store
      : (events: readonly NewEvent[], at: Date) => storeEvents(ctx.db, events, at);
  const refusals = await store(
    candidates.map((c) => c.event),
    arrival,
  );
  if (refusals.size > 0) {
    for (const { result, event, sent } of [...candidates, ...repeats]) {
      const refusal = refusals.get(eventKey(event.meterId, event.identifier));
      if (refusal === 'duplicate') result.status = 'duplicate';
      // results[i] is event i's answer: each event pushed exactly one.
      else if (refusal === 'inactive') results[result.index] = inactive(result.index, sent, event.meterId);
    }
  }
  const counts = { accepted: 0, duplicate: 0, rejected: 0 };
  for (const r of results) counts[r.status]++;
  return {
    results,
    accepted: counts.accepted,
    duplicates: counts.duplicate,
    rejected: counts.rejected,
    arrivedAt: arrival,
  };
}
