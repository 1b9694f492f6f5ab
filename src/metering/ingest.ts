import type { AccountService } from '../account/service.js';
import type { ServiceContext } from '../shared/context.js';
import type { ErrorCode } from '../shared/errors/codes.js';
import { newId } from '../shared/ids.js';
import type { TestClockService } from '../test-clocks/service.js';
import type { CustomerCache, CustomerRef } from './customer-cache.js';
import { checkWindow, isRejection, measure, parseEnvelope, type Rejection } from './event-parse.js';
import type { MeterRow } from './meter.js';
import type { MeterCache } from './meter-cache.js';
import { type NewEvent, storeEvents } from './rollup-store.js';
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

/**
 * Validates every event on its own, then stores the good ones and their rollups in ONE
 * statement (atomic on its own). The caller answers only after it returns, i.e. after the commit: an
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
  const meters = await deps.meters.byEventNames(
    new Set(envelopes.flatMap((e) => (isRejection(e) ? [] : [e.event_name]))),
  );
  const account = await deps.account.get();
  const arrival = ctx.clock.now();
  const clockNow = new Map<string, Date>();
  const results: EventResult[] = [];
  const candidates: { result: EventResult; event: NewEvent }[] = [];
  const seen = new Set<string>();

  async function nowFor(customer: CustomerRef): Promise<Date> {
    if (!customer.test_clock) return arrival;
    let at = clockNow.get(customer.test_clock);
    if (!at) {
      at = await deps.testClocks.nowFor(customer);
      clockNow.set(customer.test_clock, at);
    }
    return at;
  }

  for (const [index, envelope] of envelopes.entries()) {
    if (isRejection(envelope)) {
      results.push(rejection(index, null, envelope));
      continue;
    }
    const identifier = envelope.identifier ?? null;
    const meter = meters.get(envelope.event_name);
    if (!meter) {
      results.push(
        rejection(index, identifier, {
          code: 'meter_not_found',
          message: `No meter for event_name '${envelope.event_name}'.`,
          param: 'event_name',
        }),
      );
      continue;
    }
    if (meter.status !== 'active') {
      results.push(inactive(index, identifier, meter.id));
      continue;
    }
    const m = measure(meter, envelope.payload);
    if (isRejection(m)) {
      results.push(rejection(index, identifier, m));
      continue;
    }
    const customer = await deps.customers.resolve(m.customerRef);
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
    const now = await nowFor(customer);
    const ts = envelope.timestamp ?? now;
    const outside = options.backfill
      ? undefined
      : checkWindow(ts, now, account.event_past_window_seconds, account.event_future_window_seconds);
    if (outside) {
      results.push(rejection(index, identifier, outside));
      continue;
    }
    const id = newId('evt');
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
    const key = `${meter.id}\u0000${event.identifier}`;
    if (seen.has(key)) result.status = 'duplicate';
    else {
      seen.add(key);
      candidates.push({ result, event });
    }
  }

  // One statement, atomic on its own: no BEGIN/COMMIT round trips.
  const refusals = await storeEvents(
    ctx.db,
    candidates.map((c) => c.event),
    arrival,
  );
  for (const { result, event } of candidates) {
    const refusal = refusals.get(`${event.meterId}\u0000${event.identifier}`);
    if (refusal === 'duplicate') result.status = 'duplicate';
    // results[i] is event i's answer: each event pushed exactly one.
    else if (refusal === 'inactive')
      results[result.index] = inactive(result.index, result.identifier, event.meterId);
  }
  const count = (s: EventStatus) => results.filter((r) => r.status === s).length;
  return {
    results,
    accepted: count('accepted'),
    duplicates: count('duplicate'),
    rejected: count('rejected'),
  };
}
