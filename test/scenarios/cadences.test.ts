import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { useTariff } from '../../src/testing/harness.js';
import { TEST_STORES } from '../../src/testing/stores.js';
import { advance, clockedCustomer, invoicesOf, makePlan, ok, usage } from './fixtures.js';

const iso = (d: DateTime) => d.toUTC().toISO({ suppressMilliseconds: true }) as string;
const day = (s: string) => s.slice(0, 10);

/** Billing cadences against service intervals, told month by month on test clocks. */
describe.each(TEST_STORES)('cadences and service intervals on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });

  it('seed 004: 5-month service intervals on an annual cadence bill 10 months a year, the rest next year', async () => {
    const plan = await makePlan(h.api, {
      currency: 'JPY',
      usage: { unitAmount: '100', interval: { unit: 'month', count: 5 } },
    });
    const { clock, customer } = await clockedCustomer(h.api, '2026-03-31T00:00:00Z', 'JPY');
    const sub = await ok(
      h.api.post('/v1/subscriptions', {
        customer,
        pricing_plan: plan.planId,
        billing_cadence: { interval: 'year' },
      }),
    );
    // One unit in the middle of every month for two years: Apr 2026 … Mar 2028.
    for (let m = 1; m <= 24; m++) {
      const at = DateTime.fromISO('2026-03-15T00:00:00Z', { zone: 'utc' }).plus({ months: m });
      await advance(h.api, clock, iso(at));
      await usage(h.api, plan.eventName as string, customer, 1, iso(at));
    }
    await advance(h.api, clock, '2028-04-01T00:00:00Z');
    const cycles = (await invoicesOf(h.api, sub.id)).filter((i) => i.billing_reason === 'subscription_cycle');
    expect(cycles).toHaveLength(2);
    const [year1, year2] = cycles;
    // Year 1: the intervals completed in it are Mar 31–Aug 31 and Aug 31–Jan 31: 10 months.
    expect(
      year1.lines.map((l: any) => [day(l.period_start), day(l.period_end), l.quantity, l.amount]),
    ).toEqual([
      ['2026-03-31', '2026-08-31', '5', '500'],
      ['2026-08-31', '2027-01-31', '5', '500'],
    ]);
    // Feb and Mar 2027 belong to the interval still running at the year's end: billed in year 2.
    expect(year2.lines.map((l: any) => [day(l.period_start), day(l.period_end), l.quantity])).toEqual([
      ['2027-01-31', '2027-06-30', '5'],
      ['2027-06-30', '2027-11-30', '5'],
    ]);
  });

  it('a yearly component cannot share a monthly subscription: the error names the fix', async () => {
    const plan = await makePlan(h.api, { currency: 'JPY', fee: '120000', feeInterval: { unit: 'year' } });
    const { customer } = await clockedCustomer(h.api, '2026-03-01T00:00:00Z', 'JPY');
    const res = await h.api.post('/v1/subscriptions', {
      customer,
      pricing_plan: plan.planId,
      billing_cadence: { interval: 'month' },
    });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({
      code: 'service_interval_exceeds_cadence',
      param: 'billing_cadence',
    });
    expect(res.body.error.message).toMatch(/two subscriptions|second subscription/);
  });

  it('month-end anchors clamp and recover: Jan 31 → Feb 28 → Mar 31 → Apr 30', async () => {
    const plan = await makePlan(h.api, { currency: 'JPY', fee: '3100' });
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-31T00:00:00Z', 'JPY');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    await advance(h.api, clock, '2026-06-01T00:00:00Z');
    const list = await invoicesOf(h.api, sub.id);
    expect(list.map((i) => `${day(i.period_start)}..${day(i.period_end)}`)).toEqual([
      '2026-01-31..2026-02-28',
      '2026-01-31..2026-02-28',
      '2026-02-28..2026-03-31',
      '2026-03-31..2026-04-30',
      '2026-04-30..2026-05-31',
    ]);
    // Each period-end invoice bills the next period's fee in advance, for that whole period.
    expect(list[1].lines[0]).toMatchObject({
      type: 'license_fee',
      amount: '3100',
      period_start: '2026-02-28T00:00:00.000Z',
      period_end: '2026-03-31T00:00:00.000Z',
    });
  });

  it('a customer through a year of monthly billing: 13 invoices, numbered in order, usage each month', async () => {
    const plan = await makePlan(h.api, { currency: 'USD', fee: '49.00', usage: { unitAmount: '0.002' } });
    const { clock, customer } = await clockedCustomer(h.api, '2026-01-01T00:00:00Z', 'USD');
    const sub = await ok(h.api.post('/v1/subscriptions', { customer, pricing_plan: plan.planId }));
    for (let m = 0; m < 12; m++) {
      const at = DateTime.fromISO('2026-01-10T00:00:00Z', { zone: 'utc' }).plus({ months: m });
      await advance(h.api, clock, iso(at));
      await usage(h.api, plan.eventName as string, customer, (m + 1) * 1000, iso(at));
    }
    await advance(h.api, clock, '2027-01-01T02:00:00Z');
    const list = await invoicesOf(h.api, sub.id);
    expect(list).toHaveLength(13);
    expect(list.every((i) => i.status === 'open')).toBe(true);
    const numbers = list.map((i) => Number(i.number.split('-').pop()));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    // Month m: (m × 1,000) calls × $0.002 = $2m, plus next month's $49.00 fee.
    expect(list.slice(1).map((i) => i.total)).toEqual(
      Array.from({ length: 12 }, (_, m) => (49 + 2 * (m + 1)).toFixed(2)),
    );
    expect(list[12].lines.find((l: any) => l.type === 'usage')).toMatchObject({
      quantity: '12000',
      unit_amount: '0.002',
      amount: '24.00',
    });
  });
});
