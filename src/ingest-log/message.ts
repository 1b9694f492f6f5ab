import { createHash } from 'node:crypto';
import { Decimal, decimalString } from '../core/money/decimal.js';
import type { NewEvent } from '../metering/rollup-store.js';

/**
 * One log message: the validated events of one request (or one group commit) for one partition,
 * with the arrival time they were accepted at (each event's `created_at`). Values stay decimal
 * strings and times epoch milliseconds, as in the batch statement (rollup-store.ts).
 */
export interface LogMessage {
  readonly arrivedAt: Date;
  readonly events: readonly NewEvent[];
}

interface Wire {
  a: number;
  e: {
    id: string;
    m: string;
    c: string;
    i: string;
    t: number;
    v: string;
    d: string | null;
    k: string;
    x: Record<string, string>;
  }[];
}

export function encodeMessage(m: LogMessage): Uint8Array {
  const wire: Wire = {
    a: m.arrivedAt.getTime(),
    e: m.events.map((e) => ({
      id: e.id,
      m: e.meterId,
      c: e.customerId,
      i: e.identifier,
      t: e.ts.getTime(),
      v: decimalString(e.value),
      d: e.distinctValue,
      k: e.dimKey,
      x: { ...e.dimensions },
    })),
  };
  return new TextEncoder().encode(JSON.stringify(wire));
}

export function decodeMessage(data: Uint8Array): LogMessage {
  const wire = JSON.parse(new TextDecoder().decode(data)) as Wire;
  return {
    arrivedAt: new Date(wire.a),
    events: wire.e.map((e) => ({
      id: e.id,
      meterId: e.m,
      customerId: e.c,
      identifier: e.i,
      ts: new Date(e.t),
      value: new Decimal(e.v),
      distinctValue: e.d,
      dimKey: e.k,
      dimensions: e.x,
    })),
  };
}

/**
 * The message's `Nats-Msg-Id`: a digest of its partition and its events' (meter, identifier)
 * keys, and nothing that changes on a retry (event ids and the arrival time do). A client that
 * retries a request after a lost answer publishes the same ids, and JetStream drops the copies
 * inside its duplicate window; an answer is `accepted` either way.
 */
export function messageId(partition: number, events: readonly NewEvent[]): string {
  const h = createHash('sha256').update(String(partition));
  for (const key of events.map((e) => `${e.meterId}\u0000${e.identifier}`).sort()) h.update(`\u0001${key}`);
  return h.digest('base64url');
}
