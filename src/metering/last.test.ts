import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

const DAY = Date.parse('2026-03-01T00:00:00Z');
const AT = new Date(DAY + 10 * 3_600_000 + 60_000).toISOString();

/**
 * `last` ties (same timestamp) go to the greatest identifier in code-point order ("C" collation
 * over UTF-8), wherever the events are read from: the unfolded tail, hourly and daily rollups
 * folded in one round or in several, raw minutes, and rows rebuilt after a cancel. U+1F600 sorts
 * after U+FF61 by code point but before it by UTF-16 unit, so a JavaScript `<` would disagree.
 */
describe.each(TEST_STORES)('last ties on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-02T00:00:00Z'));

  it('go to the greatest identifier by code point on every read path', async () => {
    const m = h.tariff.services.metering;
    const meter = await m.createMeter({ event_name: 'latest', formula: 'last' });
    const customer = await h.tariff.services.customers.create({});
    const send = (identifier: string, value: string) =>
      m.ingest(
        [{ event_name: 'latest', identifier, timestamp: AT, payload: { customer: customer.id, value } }],
        {
          backfill: true,
        },
      );
    const read = async () =>
      Promise.all(
        [
          [DAY, DAY + 86_400_000],
          [DAY + 10 * 3_600_000, DAY + 11 * 3_600_000],
          [DAY + 10 * 3_600_000, DAY + 10 * 3_600_000 + 1_800_000],
        ].map(async ([start, end]) =>
          (
            await m.aggregate({
              meterId: meter.id,
              customerId: customer.id,
              start: new Date(start as number),
              end: new Date(end as number),
            })
          ).toFixed(),
        ),
      );
    await send('a\u{1F600}', '2');
    await m.fold();
    await send('a\uFF61', '1');
    await send('a', '4');
    // Folded and unfolded mixed.
    expect(await read()).toEqual(['2', '2', '2']);
    await m.fold();
    // Folded in two rounds (the upsert keeps the later of the row and the round).
    expect(await read()).toEqual(['2', '2', '2']);
    await send('a\u{1F601}', '3');
    await m.fold();
    expect(await read()).toEqual(['3', '3', '3']);
    await m.cancelEvent(meter.id, 'a\u{1F601}');
    // Rebuilt from the raw events after a cancel.
    expect(await read()).toEqual(['2', '2', '2']);
  });
});
