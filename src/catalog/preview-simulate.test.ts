import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { catalogFixtures } from './test-fixtures.js';

/** The platform FAQ's tiers: 1–10 ¥100, 11–20 ¥90, 21–30 ¥80, 31+ ¥70. */
const tiers = [
  { up_to: '10', unit_amount: '100' },
  { up_to: '20', unit_amount: '90' },
  { up_to: '30', unit_amount: '80' },
  { up_to: null, unit_amount: '70' },
];

describe.each(TEST_STORES)('preview and simulate on %s', (kind) => {
  const h = useTariff(kind);
  const f = catalogFixtures(() => h.api);

  it("prices the FAQ's example: 15 units → ¥1,350 tiered (volume), ¥1,450 tiered_usage (graduated)", async () => {
    const meter = await f.meter();
    const tiered = await f.metered(meter.id, { lookup_key: f.unique('tiered') });
    const tieredUsage = await f.metered(meter.id, { lookup_key: f.unique('tiered_usage') });
    const card = await f.rateCard('JPY');
    await f.rate(card.id, tiered.id, { type: 'tiered', tiers_mode: 'volume', tiers });
    await f.rate(card.id, tieredUsage.id, { type: 'tiered', tiers_mode: 'graduated', tiers });
    const fee = await f.licenseFee((await f.licensed()).id, '25000');
    const plan = await f.plan('JPY', [
      { type: 'rate_card', rate_card: card.id },
      { type: 'license_fee', license_fee: fee.id },
    ]);
    const res = await f.ok(`/v1/pricing_plans/${plan.id}/preview`, {
      quantities: { [tiered.lookup_key]: '15', [tieredUsage.id]: '15' },
    });
    expect(res).toMatchObject({
      object: 'pricing_plan_preview',
      pricing_plan: plan.id,
      version: 1,
      currency: 'JPY',
    });
    const amounts = Object.fromEntries(
      res.lines.map((l: { billable_item: string; amount: string }) => [l.billable_item, l.amount]),
    );
    expect(amounts).toEqual({ [tiered.id]: '1350', [tieredUsage.id]: '1450', [fee.licensed_item]: '25000' });
    expect(res.total).toBe('27800');

    const unknown = await h.api.post(`/v1/pricing_plans/${plan.id}/preview`, { quantities: { nope: '1' } });
    expect(unknown.body.error).toMatchObject({ code: 'parameter_invalid', param: 'quantities[nope]' });
  });

  it('rounds once per line, half away from zero, with sub-minor unit prices', async () => {
    const meter = await f.meter();
    const tokens = await f.metered(meter.id);
    const calls = await f.metered(meter.id);
    const card = await f.rateCard('USD');
    await f.rate(card.id, tokens.id, { type: 'per_unit', unit_amount: '0.000002' });
    await f.rate(card.id, calls.id, { type: 'per_unit', unit_amount: '0.005' });
    const plan = await f.plan('USD', [{ type: 'rate_card', rate_card: card.id }]);
    const res = await f.ok(`/v1/pricing_plans/${plan.id}/preview`, {
      quantities: { [tokens.id]: '1234567', [calls.id]: '1' },
    });
    const lines = Object.fromEntries(res.lines.map((l: { billable_item: string }) => [l.billable_item, l]));
    expect(lines[tokens.id]).toMatchObject({
      amount: '2.47',
      amount_precise: '2.469134',
      unit_amount: '0.000002',
    });
    expect(lines[calls.id]).toMatchObject({ amount: '0.01', amount_precise: '0.005' });
    expect(res.total).toBe('2.48');
    const zero = await f.ok(`/v1/pricing_plans/${plan.id}/preview`, {});
    expect(zero.lines.map((l: { amount: string }) => l.amount)).toEqual(['0.00', '0.00']);
  });

  it("simulates a customer's recorded usage under a plan, per service interval", async () => {
    const meter = await f.meter('sum', ['model']);
    const large = await f.metered(meter.id, { meter_filter: { model: 'large' } });
    const card = await f.rateCard('JPY', { service_interval: 'week' });
    await f.rate(card.id, large.id, { type: 'tiered', tiers_mode: 'graduated', tiers });
    const seat = await f.licensed();
    const fee = await f.licenseFee(seat.id, '1000');
    const plan = await f.plan('JPY', [
      { type: 'rate_card', rate_card: card.id },
      { type: 'license_fee', license_fee: fee.id },
    ]);
    const customer = await f.ok('/v1/customers', { external_id: f.unique('sim') });
    const send = (value: number, model: string, timestamp: string) =>
      f.ok('/v1/meter_events', {
        event_name: meter.event_name,
        payload: { customer: customer.id, value, model },
        timestamp,
      });
    await send(15, 'large', '2026-02-02T10:00:00Z'); // week 1: 1,450 graduated
    await send(5, 'tiny', '2026-02-03T10:00:00Z'); // filtered out
    await send(5, 'large', '2026-02-09T10:00:00Z'); // week 2: 500 (tiers reset)
    await send(99, 'large', '2026-02-16T10:00:00Z'); // after the window

    const res = await f.ok(`/v1/customers/${customer.id}/simulate`, {
      pricing_plan: plan.id,
      start_time: '2026-02-02T00:00:00Z',
      end_time: '2026-02-16T00:00:00Z',
      quantities: { [seat.id]: '3' },
    });
    expect(res).toMatchObject({
      object: 'simulation',
      customer: customer.id,
      pricing_plan: plan.id,
      version: 1,
    });
    const usage = res.lines.filter((l: { type: string }) => l.type === 'usage');
    expect(
      usage.map((l: { quantity: string; amount: string; period_start: string }) => [
        l.period_start,
        l.quantity,
        l.amount,
      ]),
    ).toEqual([
      ['2026-02-02T00:00:00.000Z', '15', '1450'],
      ['2026-02-09T00:00:00.000Z', '5', '500'],
    ]);
    const fees = res.lines.filter((l: { type: string }) => l.type === 'license_fee');
    expect(fees).toEqual([
      expect.objectContaining({ quantity: '3', amount: '3000', period_start: '2026-02-02T00:00:00.000Z' }),
    ]);
    expect(res.total).toBe('4950');

    const backwards = await h.api.post(`/v1/customers/${customer.id}/simulate`, {
      pricing_plan: plan.id,
      start_time: '2026-02-16T00:00:00Z',
      end_time: '2026-02-02T00:00:00Z',
    });
    expect(backwards.body.error).toMatchObject({ code: 'parameter_invalid', param: 'end_time' });
    const nobody = await h.api.post('/v1/customers/cus_nope/simulate', {
      pricing_plan: plan.id,
      start_time: '2026-02-02T00:00:00Z',
      end_time: '2026-02-16T00:00:00Z',
    });
    expect(nobody.body.error.code).toBe('customer_not_found');
  });
});
