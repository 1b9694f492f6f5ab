import { describe, expect, it } from 'vitest';
import { useTariff } from '../../testing/harness.js';
import { TEST_STORES } from '../../testing/stores.js';

const P = '/v1/pricing/metering/tenants';
// 2026-03-10T03:00:00Z = 12:00 on Mar 10 in Tokyo.
const NOON = 1773111600;

describe.each(TEST_STORES)('platform FAQ metering API on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-10T03:00:00Z'));
  const put = (unit: string, at: number | 'now', method: string, count: number) =>
    h.tariff.app.inject({
      method: 'PUT',
      url: `${P}/tenant-a/units/${unit}/${at === 'now' ? 'now' : `timestamp/${at}`}`,
      headers: {
        authorization: 'Bearer sk_test_tariff_harness_key_0000000000',
        'content-type': 'application/json',
      },
      payload: { method, count },
    });

  it('follows the cell sequence add 5, add 3, sub 2, direct 10 → 5, 8, 6, 10', async () => {
    await h.api.post('/v1/account', { time_zone: 'Asia/Tokyo' });
    await h.api.post('/v1/customers', { external_id: 'tenant-a' });
    await h.api.post('/v1/meters', { event_name: 'project_count', default_aggregation: { formula: 'sum' } });
    await h.api.post('/v1/meters', { event_name: 'seats', default_aggregation: { formula: 'max' } });
    const seen = [];
    for (const [method, count] of [
      ['add', 5],
      ['add', 3],
      ['sub', 2],
      ['direct', 10],
    ] as const) {
      const res = await put('project_count', NOON, method, count);
      expect(res.statusCode).toBe(200);
      seen.push(res.json());
    }
    expect(seen.map((r) => r.count)).toEqual([5, 8, 6, 10]);
    expect(seen[3]).toEqual({ metering_unit_name: 'project_count', timestamp: NOON, count: 10 });
    expect((await put('project_count', 'now', 'add', 1)).json()).toEqual({
      metering_unit_name: 'project_count',
      timestamp: NOON,
      count: 11,
    });
  });

  it('answers day and month counts with the meter formula (sum or max), today and this month', async () => {
    await put('project_count', NOON - 3600, 'direct', 4); // same Tokyo day
    await put('project_count', NOON - 13 * 3600, 'direct', 7); // 23:00 on Mar 9 in Tokyo
    await put('seats', NOON, 'direct', 3);
    await put('seats', NOON - 3600, 'direct', 9);
    expect((await h.api.get(`${P}/tenant-a/units/project_count/date/2026-03-10`)).body).toEqual({
      metering_unit_name: 'project_count',
      date: '2026-03-10',
      count: 15,
    });
    expect((await h.api.get(`${P}/tenant-a/units/project_count/today`)).body).toEqual({
      metering_unit_name: 'project_count',
      date: '2026-03-10',
      count: 15,
    });
    expect((await h.api.get(`${P}/tenant-a/units/project_count/month/2026-03`)).body).toEqual({
      metering_unit_name: 'project_count',
      month: '2026-03',
      count: 22,
    });
    expect((await h.api.get(`${P}/tenant-a/units/seats/thismonth`)).body).toEqual({
      metering_unit_name: 'seats',
      month: '2026-03',
      count: 9,
    });
    expect((await h.api.get(`${P}/tenant-a/units/date/2026-03-10`)).body.counts).toEqual(
      expect.arrayContaining([
        { metering_unit_name: 'project_count', date: '2026-03-10', count: 15 },
        { metering_unit_name: 'seats', date: '2026-03-10', count: 9 },
      ]),
    );
    expect((await h.api.get(`${P}/tenant-a/units/month/2026-03`)).body.counts).toHaveLength(2);
    const period = await h.api.get(`${P}/tenant-a/units/project_count/date-period`, {
      start_timestamp: NOON - 86400,
      end_timestamp: NOON,
    });
    expect(period.body).toEqual({
      metering_unit_name: 'project_count',
      counts: [
        { timestamp: 1772982000, count: 7 },
        { timestamp: 1773068400, count: 15 },
      ],
    });
  });

  it('deletes a cell and 404s an unknown unit or tenant', async () => {
    const del = await h.tariff.app.inject({
      method: 'DELETE',
      url: `${P}/tenant-a/units/project_count/timestamp/${NOON}`,
      headers: { authorization: 'Bearer sk_test_tariff_harness_key_0000000000' },
    });
    expect(del.statusCode).toBe(200);
    expect((await h.api.get(`${P}/tenant-a/units/project_count/today`)).body.count).toBe(4);
    const unit = await h.api.get(`${P}/tenant-a/units/nope/today`);
    expect(unit.status).toBe(404);
    expect(unit.body.error.code).toBe('meter_not_found');
    const tenant = await h.api.get(`${P}/nobody/units/project_count/today`);
    expect(tenant.status).toBe(404);
    expect(tenant.body.error.code).toBe('customer_not_found');
    expect((await h.api.get(`${P}/tenant-a/units/project_count/date/2026-13-45`)).status).toBe(400);
  });

  it('refuses to write a cell of an inactive meter and leaves the cell as it was', async () => {
    const meter = await h.api.post('/v1/meters', {
      event_name: 'frozen',
      default_aggregation: { formula: 'sum' },
    });
    expect((await put('frozen', NOON, 'direct', 4)).json().count).toBe(4);
    await h.api.post(`/v1/meters/${meter.body.id}/deactivate`, {});
    const refused = await put('frozen', NOON, 'add', 1);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.code).toBe('meter_inactive');
    expect((await h.api.get(`${P}/tenant-a/units/frozen/date/2026-03-10`)).body.count).toBe(4);
  });
});
