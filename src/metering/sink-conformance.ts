import { describe, expect, it } from 'vitest';
import type { Harness } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { useIngestFixture } from './ingest-fixture.js';
import type { EventSink } from './sink.js';

export interface SinkConformanceOptions {
  /**
   * Waits until what the sink acknowledged is visible to usage reads (a log-backed sink applies
   * its log asynchronously); the PostgreSQL sinks are visible at once.
   */
  readonly settle?: (h: Harness) => Promise<void>;
}

/**
 * The one suite every `EventSink` implementation passes (sink.ts states the contract), on every
 * store: answers in order and counted, duplicates within and across calls and across concurrent
 * callers, rejections with the code an event gets alone, and every acknowledged event counted
 * exactly once by the usage read. Run it from the implementation's own test file, as Kysely runs
 * its dialect suites: `describeEventSinkConformance('direct', (h) => …)`.
 */
export function describeEventSinkConformance(
  name: string,
  makeSink: (h: Harness) => EventSink | Promise<EventSink>,
  options: SinkConformanceOptions = {},
): void {
  describe.each(TEST_STORES)(`EventSink conformance: ${name} on %s`, (kind) => {
    let customer: string;
    let sink: EventSink;
    const f = useIngestFixture(kind, () => customer);
    const counted = async (meterId: string) => {
      await options.settle?.(f.h);
      return f.total(meterId);
    };

    it('is built on a Tariff with a customer', async () => {
      customer = await f.newCustomer(`sink-${name}`);
      sink = await makeSink(f.h);
      expect(sink.name).toBe(name);
    });

    it('answers every event in order, with counts, and counts each accepted event once', async () => {
      const meter = await f.newMeter('sum');
      const ev = (identifier: string, value: string) => ({
        event_name: meter.event_name,
        identifier,
        payload: { customer, value },
      });
      const batch = await sink.accept([ev('a', '1.5'), ev('b', '2'), ev('a', '100'), ev('c', '0.25')]);
      expect(batch.results.map((r) => [r.index, r.identifier, r.status])).toEqual([
        [0, 'a', 'accepted'],
        [1, 'b', 'accepted'],
        [2, 'a', 'duplicate'],
        [3, 'c', 'accepted'],
      ]);
      expect(batch).toMatchObject({ accepted: 3, duplicates: 1, rejected: 0 });
      const again = await sink.accept([ev('b', '7'), ev('d', '1')]);
      expect(again.results.map((r) => r.status)).toEqual(['duplicate', 'accepted']);
      expect(await counted(meter.id)).toBe('4.75');
    });

    it('rejects each bad event with its own code and stores the rest', async () => {
      const meter = await f.newMeter('sum');
      const good = { event_name: meter.event_name, identifier: 'ok', payload: { customer, value: '3' } };
      const batch = await sink.accept([
        { event_name: 'no_such_meter', payload: { customer, value: '1' } },
        good,
        { event_name: meter.event_name, payload: { customer: 'nobody-here', value: '1' } },
        {
          event_name: meter.event_name,
          timestamp: '2020-01-01T00:00:00Z',
          payload: { customer, value: '1' },
        },
        { event_name: meter.event_name, payload: { customer, value: 'ten' } },
        'not an object',
      ]);
      expect(batch.results.map((r) => r.error?.code ?? r.status)).toEqual([
        'meter_not_found',
        'accepted',
        'customer_not_found',
        'timestamp_out_of_range',
        expect.stringMatching(/^(invalid_value|parameter_invalid)$/),
        'parameter_invalid',
      ]);
      expect(batch).toMatchObject({ accepted: 1, duplicates: 0, rejected: 5 });
      expect(batch.results.map((r) => r.index)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(await counted(meter.id)).toBe('3');
    });

    it('accepts an identifier once when concurrent callers send it together', async () => {
      const meter = await f.newMeter('sum');
      const ev = (identifier: string) => ({
        event_name: meter.event_name,
        identifier,
        payload: { customer, value: '1' },
      });
      const calls = await Promise.all(
        Array.from({ length: 8 }, (_, i) => sink.accept([ev(`shared-${i % 3}`), ev(`own-${i}`)])),
      );
      const statuses = calls.flatMap((c) => c.results.map((r) => `${r.identifier}:${r.status}`));
      for (const id of ['shared-0', 'shared-1', 'shared-2'])
        expect(statuses.filter((s) => s === `${id}:accepted`)).toHaveLength(1);
      expect(statuses.filter((s) => s.startsWith('own-') && s.endsWith(':accepted'))).toHaveLength(8);
      for (const c of calls) expect(c.results.map((r) => r.index)).toEqual([0, 1]);
      expect(await counted(meter.id)).toBe('11');
    });

    it('answers an empty call with nothing', async () => {
      expect(await sink.accept([])).toMatchObject({ results: [], accepted: 0, duplicates: 0, rejected: 0 });
    });
  });
}
