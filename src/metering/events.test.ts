import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('meter events on %s', (kind) => {
  const h = useTariff(kind, new Date('2026-03-10T12:00:00Z'), { mode: 'test' });
  let customer: string;

  const usage = async (meter: string, start = '2026-03-01T00:00:00Z', end = '2026-03-11T00:00:00Z') =>
    (await h.api.get(`/v1/meters/${meter}/usage`, { customer, start_time: start, end_time: end })).body
      .data[0]?.value ?? '0';

  it('stores one event, with a generated identifier and an exact decimal value', async () => {
    customer = (await h.api.post('/v1/customers', { external_id: 'ev-tenant' })).body.id;
    await h.api.post('/v1/meters', {
      event_name: 'tokens',
      default_aggregation: { formula: 'sum' },
      dimension_payload_keys: ['model'],
    });
    const res = await h.api.post('/v1/meter_events', {
      event_name: 'tokens',
      payload: { customer: 'ev-tenant', value: '0.1', model: 'tiny' },
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      object: 'meter_event',
      customer,
      value: '0.1',
      dimensions: { model: 'tiny' },
      status: 'accepted',
      timestamp: '2026-03-10T12:00:00.000Z',
    });
    expect(res.body.identifier).toMatch(/^evt_/);
    await h.api.post('/v1/meter_events', { event_name: 'tokens', payload: { customer, value: 0.2 } });
    expect(await usage('tokens')).toBe('0.3');
  });

  it('answers every event of a batch and stores the good ones even when others are rejected', async () => {
    await h.api.post('/v1/meters', { event_name: 'peak', default_aggregation: { formula: 'max' } });
    await h.api.post('/v1/meters', { event_name: 'retired', default_aggregation: { formula: 'sum' } });
    await h.api.post('/v1/meters/retired/deactivate');
    const events = [
      { event_name: 'tokens', payload: { customer, value: '5' }, identifier: 'b-1' },
      { event_name: 'tokens', payload: { customer, value: '7' }, identifier: 'b-1' },
      { event_name: 'nope', payload: { customer, value: '1' } },
      { event_name: 'retired', payload: { customer, value: '1' } },
      { event_name: 'tokens', payload: { customer: 'cus_missing', value: '1' } },
      { event_name: 'tokens', payload: { customer, value: 'ten' } },
      { event_name: 'peak', payload: { customer, value: '-1' } },
      { event_name: 'tokens', payload: { customer, value: '1' }, timestamp: '2026-02-01T00:00:00Z' },
      { event_name: 'tokens', payload: { customer, value: '1' }, timestamp: '2026-03-10T12:06:00Z' },
      { event_name: 'tokens', payload: { customer, value: '-2' }, timestamp: 1773144000 },
      { event_name: 'tokens', payload: { customer, value: '1' }, extra: true },
    ];
    const res = await h.api.post('/v1/meter_events/batch', { events });
    expect(res.status).toBe(200);
    expect(
      res.body.results.map((r: { status: string; error?: { code: string } }) => r.error?.code ?? r.status),
    ).toEqual([
      'accepted',
      'duplicate',
      'meter_not_found',
      'meter_inactive',
      'customer_not_found',
      'invalid_value',
      'invalid_value',
      'timestamp_out_of_range',
      'timestamp_out_of_range',
      'accepted',
      'parameter_unknown',
    ]);
    expect(res.body).toMatchObject({ accepted: 2, duplicates: 1, rejected: 8 });
    expect(await usage('tokens')).toBe('3.3');
    const again = await h.api.post('/v1/meter_events/batch', { events: [events[0]] });
    expect(again.body.results[0].status).toBe('duplicate');
    expect(await usage('tokens')).toBe('3.3');
  });

  it('cancels by identifier, keeps the identifier consumed, and records the adjustment once', async () => {
    const cancel = await h.api.post('/v1/meter_events/cancel', { event_name: 'tokens', identifier: 'b-1' });
    expect(cancel.body).toMatchObject({
      object: 'meter_event_adjustment',
      type: 'cancel',
      cancel: { identifier: 'b-1' },
    });
    expect(await usage('tokens')).toBe('-1.7');
    const twice = await h.api.post('/v1/meter_events/cancel', { event_name: 'tokens', identifier: 'b-1' });
    expect(twice.body.id).toBe(cancel.body.id);
    const resend = await h.api.post('/v1/meter_events', {
      event_name: 'tokens',
      identifier: 'b-1',
      payload: { customer, value: '5' },
    });
    expect(resend.body).toMatchObject({ status: 'duplicate', value: '5' });
    expect(resend.body.cancelled_at).not.toBeNull();
    expect(await usage('tokens')).toBe('-1.7');
    const unknown = await h.api.post('/v1/meter_events/cancel', { event_name: 'tokens', identifier: 'zzz' });
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.code).toBe('meter_event_not_found');
  });

  it('checks timestamps against the customer test clock and the account window', async () => {
    const clock = await h.api.post('/v1/test_clocks', { frozen_time: '2025-06-01T00:00:00Z' });
    const onClock = (await h.api.post('/v1/customers', { test_clock: clock.body.id })).body.id;
    const send = (timestamp: string) =>
      h.api.post('/v1/meter_events', {
        event_name: 'peak',
        payload: { customer: onClock, value: '3' },
        timestamp,
      });
    expect((await send('2025-05-31T00:00:00Z')).status).toBe(200);
    expect((await send('2026-03-10T11:00:00Z')).body.error.code).toBe('timestamp_out_of_range');
    await h.api.post('/v1/account', { event_window: { past_seconds: 3600 } });
    expect((await send('2025-05-31T12:00:00Z')).body.error).toMatchObject({
      code: 'timestamp_out_of_range',
      param: 'timestamp',
    });
    await h.api.post('/v1/account', { event_window: { past_seconds: 35 * 86400 } });
  });

  it('rejects a single event like a batch item, with the code as an HTTP error', async () => {
    const res = await h.api.post('/v1/meter_events', { event_name: 'nope', payload: { customer } });
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('meter_not_found');
    const big = await h.api.post('/v1/meter_events/batch', { events: [] });
    expect(big.status).toBe(400);
  });

  it('refuses events of a meter deactivated by another process, whose copy of the meter is stale', async () => {
    await h.api.post('/v1/meters', { event_name: 'shared', default_aggregation: { formula: 'sum' } });
    const send = (identifier: string) =>
      h.api.post('/v1/meter_events/batch', {
        events: [{ event_name: 'shared', identifier, payload: { customer, value: '1' } }],
      });
    expect((await send('s-1')).body.accepted).toBe(1);
    // Another server deactivates it: this process's meter cache still says active.
    await h.tariff.store.db
      .updateTable('meters')
      .set({ status: 'inactive' })
      .where('event_name', '=', 'shared')
      .execute();
    const refused = await send('s-2');
    expect(refused.body.results[0]).toMatchObject({ status: 'rejected', error: { code: 'meter_inactive' } });
    expect(await usage('shared')).toBe('1');
    // Sent without an identifier: refused exactly like a meter known inactive, with identifier null
    // (no identifier was made up for an event that was not stored).
    const anonymous = await h.api.post('/v1/meter_events/batch', {
      events: [{ event_name: 'shared', payload: { customer, value: '1' } }],
    });
    expect(anonymous.body).toMatchObject({ accepted: 0, duplicates: 0, rejected: 1 });
    expect(anonymous.body.results[0]).toEqual({
      index: 0,
      identifier: null,
      status: 'rejected',
      error: { code: 'meter_inactive', message: expect.any(String), param: 'event_name' },
    });
    // An identifier repeated in the batch: both copies are refused as inactive (nothing was stored
    // that the second could duplicate), as when the meter is known inactive before the insert.
    const twice = await h.api.post('/v1/meter_events/batch', {
      events: [0, 1].map(() => ({
        event_name: 'shared',
        identifier: 's-3',
        payload: { customer, value: '1' },
      })),
    });
    expect(twice.body).toMatchObject({ accepted: 0, duplicates: 0, rejected: 2 });
    expect(twice.body.results.map((r: { error?: { code: string } }) => r.error?.code)).toEqual([
      'meter_inactive',
      'meter_inactive',
    ]);
  });
});
