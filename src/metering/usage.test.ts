import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('usage queries on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-20T00:00:00Z'));
  let acme: string;
  let kobo: string;

  const send = (customer: string, timestamp: string, value: string, model = 'tiny') =>
    h.api.post('/v1/meter_events', { event_name: 'tokens', timestamp, payload: { customer, value, model } });

  it('splits days at midnight in Asia/Tokyo, not UTC', async () => {
    await h.api.post('/v1/account', { time_zone: 'Asia/Tokyo' });
    acme = (await h.api.post('/v1/customers', { external_id: 'acme' })).body.id;
    kobo = (await h.api.post('/v1/customers', { external_id: 'kobo' })).body.id;
    await h.api.post('/v1/meters', {
      event_name: 'tokens',
      default_aggregation: { formula: 'sum' },
      dimension_payload_keys: ['model'],
    });
    await send(acme, '2026-03-09T14:59:59Z', '1'); // 23:59:59 on Mar 9 in Tokyo
    await send(acme, '2026-03-09T15:00:00Z', '10'); // 00:00 on Mar 10 in Tokyo
    await send(acme, '2026-03-10T14:30:00Z', '100', 'large');
    await send(kobo, '2026-03-10T01:00:00Z', '1000');
    const res = await h.api.get('/v1/meters/tokens/usage', {
      customer: 'acme',
      start_time: '2026-03-08T15:00:00Z',
      end_time: '2026-03-10T15:00:00Z',
      granularity: 'day',
    });
    expect(res.body).toMatchObject({ object: 'meter_usage', time_zone: 'Asia/Tokyo', customer: acme });
    expect(res.body.data).toEqual([
      {
        start_time: '2026-03-08T15:00:00.000Z',
        end_time: '2026-03-09T15:00:00.000Z',
        value: '1',
        dimensions: {},
      },
      {
        start_time: '2026-03-09T15:00:00.000Z',
        end_time: '2026-03-10T15:00:00.000Z',
        value: '110',
        dimensions: {},
      },
    ]);
  });

  it('groups by a dimension, filters on dimension values, and sums all customers without one', async () => {
    const q = { start_time: '2026-03-01T00:00:00Z', end_time: '2026-04-01T00:00:00Z', granularity: 'month' };
    const grouped = await h.api.get('/v1/meters/tokens/usage', { ...q, customer: acme, group_by: 'model' });
    expect(
      grouped.body.data.map((d: { dimensions: object; value: string }) => [d.dimensions, d.value]),
    ).toEqual([
      [{ model: 'large' }, '100'],
      [{ model: 'tiny' }, '11'],
    ]);
    const filtered = await h.api.get(
      '/v1/meters/tokens/usage?filter=model:large&start_time=2026-03-01T00:00:00Z&end_time=2026-04-01T00:00:00Z',
    );
    expect(filtered.body.data.map((d: { value: string }) => d.value)).toEqual(['100']);
    const everyone = await h.api.get('/v1/meters/tokens/usage', {
      start_time: q.start_time,
      end_time: q.end_time,
    });
    expect(everyone.body.data[0].value).toBe('1111');
    const byHour = await h.api.get('/v1/meters/tokens/usage', {
      ...q,
      granularity: 'hour',
      customer: 'kobo',
    });
    expect(byHour.body.data).toEqual([
      {
        start_time: '2026-03-10T01:00:00.000Z',
        end_time: '2026-03-10T02:00:00.000Z',
        value: '1000',
        dimensions: {},
      },
    ]);
    const badGroup = await h.api.get('/v1/meters/tokens/usage', { ...q, group_by: 'region' });
    expect(badGroup.body.error.code).toBe('parameter_invalid');
  });

  it('is exact where calendar days start mid-hour (Asia/Kolkata, UTC+5:30)', async () => {
    await h.api.post('/v1/account', { time_zone: 'Asia/Kolkata' });
    const india = (await h.api.post('/v1/customers', {})).body.id;
    await send(india, '2026-03-09T18:29:00Z', '2'); // 23:59 on Mar 9 in Kolkata
    await send(india, '2026-03-09T18:31:00Z', '3'); // 00:01 on Mar 10
    const res = await h.api.get('/v1/meters/tokens/usage', {
      customer: india,
      start_time: '2026-03-08T18:30:00Z',
      end_time: '2026-03-10T18:30:00Z',
      granularity: 'day',
    });
    expect(res.body.data.map((d: { value: string }) => d.value)).toEqual(['2', '3']);
    await h.api.post('/v1/account', { time_zone: 'Asia/Tokyo' });
  });

  it('summarises every meter for a customer', async () => {
    await h.api.post('/v1/meters', { event_name: 'calls', default_aggregation: { formula: 'count' } });
    await h.api.post('/v1/meter_events', { event_name: 'calls', payload: { customer: acme } });
    const res = await h.api.get('/v1/customers/acme/usage', {
      start_time: '2026-03-01T00:00:00Z',
      end_time: '2026-04-01T00:00:00Z',
    });
    expect(res.body).toMatchObject({ object: 'customer_usage', customer: acme });
    expect(
      Object.fromEntries(
        res.body.data.map((d: { event_name: string; value: string }) => [d.event_name, d.value]),
      ),
    ).toEqual({
      tokens: '111',
      calls: '1',
    });
    const missing = await h.api.get('/v1/customers/nobody/usage', {
      start_time: '2026-03-01T00:00:00Z',
      end_time: '2026-04-01T00:00:00Z',
    });
    expect(missing.status).toBe(404);
  });
});
