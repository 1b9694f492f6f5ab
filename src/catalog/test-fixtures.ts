import type { Api } from '../testing/harness.js';

/** Small API helpers for the catalog's tests: each returns the created object's JSON. */
export function catalogFixtures(api: () => Api) {
  async function ok(path: string, body: unknown) {
    const res = await api().post(path, body);
    if (res.status !== 200) throw new Error(`${path} → ${res.status} ${JSON.stringify(res.body)}`);
    return res.body;
  }
  let n = 0;
  const unique = (prefix: string) => `${prefix}_${Date.now().toString(36)}_${n++}`;
  return {
    ok,
    unique,
    meter: (formula = 'sum', dimensions: string[] = []) =>
      ok('/v1/meters', {
        event_name: unique('ev'),
        default_aggregation: { formula },
        ...(dimensions.length > 0 && { dimension_payload_keys: dimensions }),
      }),
    metered: (meter: string, extra: Record<string, unknown> = {}) =>
      ok('/v1/billable_items', { type: 'metered', name: unique('Item'), meter, ...extra }),
    licensed: (extra: Record<string, unknown> = {}) =>
      ok('/v1/billable_items', { type: 'licensed', name: unique('Seat'), ...extra }),
    rateCard: (currency = 'JPY', extra: Record<string, unknown> = {}) =>
      ok('/v1/rate_cards', { name: unique('Card'), currency, service_interval: 'month', ...extra }),
    rate: (card: string, item: string, price: unknown) =>
      ok(`/v1/rate_cards/${card}/rates`, { billable_item: item, price }),
    licenseFee: (item: string, unit_amount: string, currency = 'JPY') =>
      ok('/v1/license_fees', { licensed_item: item, currency, unit_amount, service_interval: 'month' }),
    creditGrant: (value: string, currency = 'JPY') =>
      ok('/v1/service_actions', {
        type: 'credit_grant',
        credit_grant: { amount: { currency, value } },
        service_interval: 'month',
      }),
    plan: (currency: string, components: unknown[] = [], extra: Record<string, unknown> = {}) =>
      ok('/v1/pricing_plans', { name: unique('Plan'), currency, components, ...extra }),
  };
}
