import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { MAX_RATES } from './rates.js';
import { catalogFixtures } from './test-fixtures.js';

const perUnit = (unit_amount: string) => ({ type: 'per_unit', unit_amount });

describe.each(TEST_STORES)('rate cards on %s', (kind) => {
  const h = useTariff(kind);
  const f = catalogFixtures(() => h.api);

  it('versions as seed 004 says: adding keeps the version, changing or deleting makes one', async () => {
    const meter = await f.meter();
    const [a, b] = [await f.metered(meter.id), await f.metered(meter.id)];
    const card = await f.rateCard('USD', { service_interval: 'week', service_interval_count: 2 });
    expect(card).toMatchObject({ object: 'rate_card', latest_version: 1, live_version: 1, currency: 'USD' });

    const ra = await f.rate(card.id, a.id, perUnit('0.002'));
    expect(ra).toMatchObject({ object: 'rate', rate_card_version: 1, from_version: 1, to_version: null });
    const rb = await f.rate(card.id, b.lookup_key ?? b.id, perUnit('0.5'));
    expect(rb.rate_card_version).toBe(1);

    // the same price again is not a change
    expect((await f.rate(card.id, a.id, perUnit('0.0020'))).rate_card_version).toBe(1);

    const changed = await f.rate(card.id, a.id, perUnit('0.003'));
    expect(changed).toMatchObject({ id: ra.id, rate_card_version: 2, from_version: 2 });
    const viaId = await h.api.post(`/v1/rate_cards/${card.id}/rates/${rb.id}`, { price: perUnit('0.4') });
    expect(viaId.body).toMatchObject({ rate_card_version: 3 });
    const deleted = await h.api.del(`/v1/rate_cards/${card.id}/rates/${ra.id}`);
    expect(deleted.body).toMatchObject({ deleted: true, rate_card_version: 4, to_version: 4 });

    const versions = (await h.api.get(`/v1/rate_cards/${card.id}/versions`)).body.data;
    const prices = versions.map((v: { version: number; rates: { price: { unit_amount: string } }[] }) => [
      v.version,
      v.rates.map((r) => r.price.unit_amount).sort(),
    ]);
    expect(prices).toEqual([
      [4, ['0.4']],
      [3, ['0.003', '0.4']],
      [2, ['0.003', '0.5']],
      [1, ['0.002', '0.5']],
    ]);
    expect(versions[3]).toMatchObject({ live: true, latest: false });
    const v1 = await h.api.get(`/v1/rate_cards/${card.id}/rates`, { version: 1 });
    expect(v1.body.data).toHaveLength(2);
    const got = await h.api.get(`/v1/rate_cards/${card.id}`);
    expect(got.body).toMatchObject({ latest_version: 4, live_version: 1, service_interval: 'week' });
    expect(got.body.rates).toHaveLength(1);

    const live = await h.api.post(`/v1/rate_cards/${card.id}`, { live_version: 4 });
    expect(live.body.live_version).toBe(4);
    const tooFar = await h.api.post(`/v1/rate_cards/${card.id}`, { live_version: 5 });
    expect(tooFar.body.error).toMatchObject({ code: 'parameter_invalid', param: 'live_version' });
    const missing = await h.api.get(`/v1/rate_cards/${card.id}/rates`, { version: 9 });
    expect(missing.body.error.code).toBe('rate_card_version_not_found');
    const gone = await h.api.del(`/v1/rate_cards/${card.id}/rates/${ra.id}`);
    expect(gone.body.error.code).toBe('rate_not_found');
  });

  it('accepts every price model and rejects bad prices with a precise param, writing nothing', async () => {
    const meter = await f.meter();
    const item = await f.metered(meter.id);
    const card = await f.rateCard('JPY');
    const prices = [
      { type: 'package', package_size: '1000', unit_amount: '20' },
      {
        type: 'tiered',
        tiers_mode: 'graduated',
        tiers: [
          { up_to: '10', unit_amount: '100' },
          { up_to: null, flat_amount: '50' },
        ],
      },
    ];
    for (const price of prices) await f.rate(card.id, item.id, price);
    const stored = (await h.api.get(`/v1/rate_cards/${card.id}`)).body.rates[0].price;
    expect(stored.tiers[1]).toEqual({ up_to: null, unit_amount: '0', flat_amount: '50' });
    const pkg = (await h.api.get(`/v1/rate_cards/${card.id}/rates`, { version: 1 })).body.data[0].price;
    expect(pkg.rounding).toBe('up');

    const cases: [unknown, string, string][] = [
      [{ type: 'per_unit' }, 'parameter_missing', 'price[unit_amount]'],
      [
        { type: 'per_unit', unit_amount: '1', tiers_mode: 'volume' },
        'parameter_unknown',
        'price[tiers_mode]',
      ],
      [{ type: 'package', package_size: '0', unit_amount: '1' }, 'invalid_price', 'price[package_size]'],
      [
        {
          type: 'tiered',
          tiers_mode: 'volume',
          tiers: [
            { up_to: '10', unit_amount: '1' },
            { up_to: '5', unit_amount: '1' },
          ],
        },
        'invalid_price',
        'price[tiers][1][up_to]',
      ],
      [
        { type: 'tiered', tiers_mode: 'volume', tiers: [{ up_to: null }] },
        'parameter_missing',
        'price[tiers][0][unit_amount]',
      ],
      [{ type: 'per_unit', unit_amount: '-1' }, 'parameter_invalid', 'price[unit_amount]'],
      [{ type: 'flat' }, 'parameter_invalid', 'price[type]'],
    ];
    for (const [price, code, param] of cases) {
      const res = await h.api.post(`/v1/rate_cards/${card.id}/rates`, { billable_item: item.id, price });
      expect(res.status, JSON.stringify(price)).toBe(400);
      expect(res.body.error, JSON.stringify(price)).toMatchObject({ code, param });
    }
    expect((await h.api.get(`/v1/rate_cards/${card.id}`)).body.latest_version).toBe(2);
  });

  it('rejects licensed items, unknown items and cards, and a 501st rate', async () => {
    const card = await f.rateCard('JPY');
    const seat = await f.licensed();
    const mismatch = await h.api.post(`/v1/rate_cards/${card.id}/rates`, {
      billable_item: seat.id,
      price: perUnit('1'),
    });
    expect(mismatch.body.error).toMatchObject({
      code: 'billable_item_type_mismatch',
      param: 'billable_item',
    });
    const unknown = await h.api.post(`/v1/rate_cards/${card.id}/rates`, {
      billable_item: 'bi_nope',
      price: perUnit('1'),
    });
    expect(unknown.body.error).toMatchObject({ code: 'billable_item_not_found', param: 'billable_item' });
    const noCard = await h.api.post('/v1/rate_cards/rc_nope/rates', {
      billable_item: seat.id,
      price: perUnit('1'),
    });
    expect(noCard.status).toBe(404);
    expect(noCard.body.error.code).toBe('rate_card_not_found');
    const badCurrency = await h.api.post('/v1/rate_cards', {
      name: 'x',
      currency: 'XYZ',
      service_interval: 'month',
    });
    expect(badCurrency.body.error.code).toBe('invalid_currency');

    // Fill the card to the limit directly (500 API calls would only test patience).
    const meter = await f.meter();
    const now = new Date();
    const items = Array.from({ length: MAX_RATES + 1 }, (_, i) => ({ id: `bi_fill_${i}` }));
    await h.store.db
      .insertInto('billable_items')
      .values(
        items.map((item) => ({
          ...item,
          type: 'metered' as const,
          name: item.id,
          unit_label: null,
          lookup_key: null,
          meter_id: meter.id,
          meter_filter: null,
          metadata: '{}',
          created_at: now,
          updated_at: now,
        })),
      )
      .execute();
    await h.store.db
      .insertInto('rates')
      .values(
        items.slice(0, MAX_RATES).map((item, i) => ({
          id: `rate_fill_${i}`,
          rate_card_id: card.id,
          billable_item_id: item.id,
          price: JSON.stringify(perUnit('1')),
          from_version: 1,
          to_version: null,
          created_at: now,
        })),
      )
      .execute();
    const full = await h.api.post(`/v1/rate_cards/${card.id}/rates`, {
      billable_item: `bi_fill_${MAX_RATES}`,
      price: perUnit('1'),
    });
    expect(full.status).toBe(400);
    expect(full.body.error.code).toBe('too_many_rates');
    // changing an existing rate on a full card is still allowed
    const change = await f.rate(card.id, 'bi_fill_0', perUnit('2'));
    expect(change.rate_card_version).toBe(2);
  });
});
