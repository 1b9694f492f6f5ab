import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { catalogFixtures } from './test-fixtures.js';

describe.each(TEST_STORES)('billable items, license fees and service actions on %s', (kind) => {
  const h = useTariff(kind);
  const f = catalogFixtures(() => h.api);

  it('creates metered items on a meter (by id or event_name, with a dimension filter) and licensed items', async () => {
    const meter = await f.meter('sum', ['model']);
    const large = await f.metered(meter.event_name, {
      meter_filter: { model: 'large' },
      unit_label: 'token',
      lookup_key: 'tok-large',
    });
    expect(large).toMatchObject({
      object: 'billable_item',
      type: 'metered',
      meter: meter.id,
      meter_filter: { model: 'large' },
      unit_label: 'token',
    });
    expect((await h.api.get('/v1/billable_items/tok-large')).body.id).toBe(large.id);
    const seat = await f.licensed({ unit_label: 'seat' });
    expect(seat).toMatchObject({ type: 'licensed', meter: null, meter_filter: null });
    const renamed = await f.ok(`/v1/billable_items/${seat.id}`, { name: 'Seats', metadata: { a: '1' } });
    expect(renamed).toMatchObject({ name: 'Seats', metadata: { a: '1' } });
    const listed = await h.api.get('/v1/billable_items', { meter: meter.id });
    expect(listed.body.data.map((i: { id: string }) => i.id)).toEqual([large.id]);

    const cases: [unknown, number, string, string][] = [
      [{ type: 'metered', name: 'x' }, 400, 'parameter_missing', 'meter'],
      [{ type: 'licensed', name: 'x', meter: meter.id }, 400, 'parameter_invalid', 'meter'],
      [{ type: 'metered', name: 'x', meter: 'mtr_nope' }, 404, 'meter_not_found', 'meter'],
      [
        { type: 'metered', name: 'x', meter: meter.id, meter_filter: { region: 'eu' } },
        400,
        'parameter_invalid',
        'meter_filter[region]',
      ],
      [{ type: 'licensed', name: 'x', lookup_key: 'tok-large' }, 409, 'lookup_key_exists', 'lookup_key'],
      [{ type: 'usage', name: 'x' }, 400, 'parameter_invalid', 'type'],
    ];
    for (const [body, status, code, param] of cases) {
      const res = await h.api.post('/v1/billable_items', body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error, JSON.stringify(body)).toMatchObject({ code, param });
    }
    expect((await h.api.get('/v1/billable_items/bi_nope')).body.error.code).toBe('billable_item_not_found');
  });

  it('answers a lookup_key race with one 200 and 409s, never a 500', async () => {
    const key = f.unique('race');
    const results = await Promise.all(
      Array.from({ length: 4 }, () =>
        h.api.post('/v1/rate_cards', {
          name: 'r',
          currency: 'USD',
          service_interval: 'month',
          lookup_key: key,
        }),
      ),
    );
    expect(results.map((r) => r.status).sort()).toEqual([200, 409, 409, 409]);
    expect(results.find((r) => r.status === 409)?.body.error.code).toBe('lookup_key_exists');
  });

  it('versions a license fee when its price or interval changes, not when it is renamed', async () => {
    const seat = await f.licensed();
    const fee = await f.licenseFee(seat.id, '25000.00');
    expect(fee).toMatchObject({
      object: 'license_fee',
      unit_amount: '25000',
      latest_version: 1,
      currency: 'JPY',
    });
    expect((await f.ok(`/v1/license_fees/${fee.id}`, { name: 'Platform fee' })).latest_version).toBe(1);
    expect((await f.ok(`/v1/license_fees/${fee.id}`, { unit_amount: '25000' })).latest_version).toBe(1);
    const changed = await f.ok(`/v1/license_fees/${fee.id}`, { unit_amount: '28000', live_version: 2 });
    expect(changed).toMatchObject({
      latest_version: 2,
      live_version: 2,
      unit_amount: '28000',
      name: 'Platform fee',
    });
    const yearly = await f.ok(`/v1/license_fees/${fee.id}`, { service_interval: 'year' });
    expect(yearly).toMatchObject({ latest_version: 3, service_interval: 'year', unit_amount: '28000' });
    const versions = (await h.api.get(`/v1/license_fees/${fee.id}/versions`)).body.data;
    expect(versions.map((v: { version: number; unit_amount: string }) => [v.version, v.unit_amount])).toEqual(
      [
        [3, '28000'],
        [2, '28000'],
        [1, '25000'],
      ],
    );
    const meter = await f.meter();
    const metered = await f.metered(meter.id);
    const wrong = await h.api.post('/v1/license_fees', {
      licensed_item: metered.id,
      currency: 'JPY',
      unit_amount: '1',
      service_interval: 'month',
    });
    expect(wrong.body.error).toMatchObject({ code: 'billable_item_type_mismatch', param: 'licensed_item' });
    const missing = await h.api.post('/v1/license_fees', {
      licensed_item: 'bi_nope',
      currency: 'JPY',
      unit_amount: '1',
      service_interval: 'month',
    });
    expect(missing.body.error).toMatchObject({ code: 'billable_item_not_found', param: 'licensed_item' });
  });

  it('creates credit-grant service actions and versions them on change', async () => {
    const meter = await f.meter();
    const item = await f.metered(meter.id);
    const action = await f.ok('/v1/service_actions', {
      type: 'credit_grant',
      name: 'Monthly promo',
      credit_grant: {
        amount: { currency: 'usd', value: '10' },
        category: 'promotional',
        applicability: { billable_items: [item.id] },
        priority: 10,
        expires: { type: 'end_of_service_interval' },
      },
      service_interval: 'month',
    });
    expect(action).toMatchObject({
      object: 'service_action',
      currency: 'USD',
      latest_version: 1,
      credit_grant: {
        amount: { currency: 'USD', value: '10' },
        applicability: { billable_items: [item.id] },
        priority: 10,
        expires: { type: 'end_of_service_interval' },
      },
    });
    const more = await f.ok(`/v1/service_actions/${action.id}`, {
      credit_grant: { amount: { currency: 'USD', value: '20' } },
    });
    expect(more).toMatchObject({
      latest_version: 2,
      credit_grant: { amount: { value: '20' }, applicability: { scope: 'metered' } },
    });
    const yen = await h.api.post(`/v1/service_actions/${action.id}`, {
      credit_grant: { amount: { currency: 'JPY', value: '20' } },
    });
    expect(yen.body.error).toMatchObject({
      code: 'currency_mismatch',
      param: 'credit_grant[amount][currency]',
    });
    const badItem = await h.api.post('/v1/service_actions', {
      type: 'credit_grant',
      credit_grant: {
        amount: { currency: 'USD', value: '1' },
        applicability: { billable_items: ['bi_nope'] },
      },
      service_interval: 'month',
    });
    expect(badItem.body.error).toMatchObject({
      code: 'billable_item_not_found',
      param: 'credit_grant[applicability][billable_items][0]',
    });
    expect((await h.api.get(`/v1/service_actions/${action.id}/versions`)).body.data).toHaveLength(2);
  });
});
