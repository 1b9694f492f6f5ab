import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { cancelEvents } from './cancel.js';

const HOUR = Date.parse('2026-03-01T10:00:00Z');

describe.each(TEST_STORES)('cancelEvents on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-02T00:00:00Z'));

  it('rebuilds every (meter, hour) it cancelled in: two meters of one customer, hour and dimension set', async () => {
    const m = h.tariff.services.metering;
    const customer = await h.tariff.services.customers.create({});
    const meters = [
      await m.createMeter({ event_name: 'cx_a', formula: 'sum' }),
      await m.createMeter({ event_name: 'cx_b', formula: 'sum' }),
    ];
    await m.ingest(
      meters.map((meter, i) => ({
        event_name: meter.event_name,
        identifier: `x-${i}`,
        timestamp: new Date(HOUR + 60_000).toISOString(),
        payload: { customer: customer.id, value: '5' },
      })),
      { backfill: true },
    );
    await m.fold();
    const sums = async () =>
      Promise.all(
        meters.map(async (meter) =>
          (
            await m.aggregate({
              meterId: meter.id,
              customerId: customer.id,
              start: new Date(HOUR - 86_400_000),
              end: new Date(HOUR + 86_400_000),
            })
          ).toFixed(),
        ),
      );
    expect(await sums()).toEqual(['5', '5']);
    const db = h.tariff.store.db;
    await db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('meter_events')
        .selectAll()
        .where('customer_id', '=', customer.id)
        .execute();
      await cancelEvents(trx, rows, new Date());
    });
    expect(await sums()).toEqual(['0', '0']);
  });

  it('rebuilds two hours of one day, each hour and the day once', async () => {
    const m = h.tariff.services.metering;
    const customer = await h.tariff.services.customers.create({});
    const meter = await m.createMeter({ event_name: 'cx_c', formula: 'max' });
    await m.ingest(
      [1, 2, 3].map((hour) => ({
        event_name: meter.event_name,
        identifier: `y-${hour}`,
        timestamp: new Date(HOUR + hour * 3_600_000).toISOString(),
        payload: { customer: customer.id, value: String(hour) },
      })),
      { backfill: true },
    );
    await m.fold();
    const day = async () =>
      (
        await m.aggregate({
          meterId: meter.id,
          customerId: customer.id,
          start: new Date('2026-03-01T00:00:00Z'),
          end: new Date('2026-03-02T00:00:00Z'),
        })
      ).toFixed();
    expect(await day()).toBe('3');
    await h.tariff.store.db.transaction().execute(async (trx) => {
      const rows = await trx
        .selectFrom('meter_events')
        .selectAll()
        .where('customer_id', '=', customer.id)
        .where('identifier', 'in', ['y-2', 'y-3'])
        .execute();
      await cancelEvents(trx, rows, new Date());
    });
    expect(await day()).toBe('1');
  });
});
