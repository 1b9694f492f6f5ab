import { describe, expect, it } from 'vitest';
import { demoMeters } from '../metering/demo.js';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { demoCatalog } from './demo.js';

describe.each(TEST_STORES)('demo catalog on %s', (kind) => {
  const h = useTariff(kind);

  it('builds the four plans and prices them as documented', async () => {
    const services = h.tariff.services;
    const meters = await demoMeters(services);
    const plans = await demoCatalog(services, {
      tokens: meters.tokens.id,
      active_projects: meters.active_projects.id,
      storage_gb: meters.storage_gb.id,
      api_calls: meters.api_calls.id,
    });
    const preview = async (plan: string, quantities: Record<string, string>) =>
      (await h.api.post(`/v1/pricing_plans/${plan}/preview`, { quantities })).body;

    // 10M tiny tokens at $0.0000004 + 2M at $0.0000003; 1M large at $0.000002 + 0.5M at $0.0000018
    const ai = await preview(plans.aiApi, {
      'tokens-tiny': '12000000',
      'tokens-large': '1500000',
      'api-calls': '1234',
    });
    expect(ai.lines.map((l: { amount: string }) => l.amount)).toEqual(['4.60', '2.90', '1.23', '49.00']);
    expect(ai).toMatchObject({ currency: 'USD', total: '57.73' });
    expect(ai.credits).toEqual([expect.objectContaining({ amount: '10', category: 'promotional' })]);

    const a = await preview(plans.saasPlanA, { 'active-projects': '12', 'saas-seats': '3' });
    expect(a.total).toBe('40000'); // 25,000 + 3 × 1,000 + the 11–20 step of 12,000
    const b = await preview(plans.saasPlanB, { 'active-projects': '5', 'saas-seats': '3' });
    expect(b.total).toBe('31000'); // 28,000 + 3,000 + the included first step
    const storage = await preview(plans.storage, { 'storage-gb-days': '3500' });
    expect(storage.total).toBe('6.00'); // 4 packages of 1,000 GB-days at $1.50

    const resolved = await services.catalog.resolvePlan('saas-plan-b');
    expect(resolved.licenseFees.map((f) => f.unitAmount)).toEqual(['28000', '1000']);
    expect(resolved.rateCards[0]?.serviceInterval).toEqual({ unit: 'month', count: 1 });
  });
});
