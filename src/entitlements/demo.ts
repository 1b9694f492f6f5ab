import type { Services } from '../app/compose.js';
import type { DemoPlans } from '../catalog/demo.js';
import { ApiError } from '../shared/errors/index.js';

/**
 * The demo's entitlements: what each plan lets its subscribers do, so that
 * `GET /v1/customers/{id}/entitlements` and `POST /v1/entitlements/check` answer something on the
 * demo data. API calls are metered per calendar month (Nimbus sends about 1,500 a month, Acme and
 * Kobo 300–1,000); single sign-on is a switch; the support tier a static value. Idempotent: a
 * feature that exists is kept, and attaching again replaces a plan's entry.
 */
export async function demoEntitlements(
  services: Services,
  plans: DemoPlans,
  meters: { api_calls: string },
): Promise<{ features: number }> {
  const { features, plans: planEntitlements } = services.entitlements;
  const ensure = async (body: Parameters<typeof features.create>[0]) => {
    try {
      await features.get(body.key);
    } catch (e) {
      if (!(e instanceof ApiError) || e.status !== 404) throw e;
      await features.create(body);
    }
  };
  await ensure({ key: 'api_calls', name: 'API calls', type: 'metered', meter: meters.api_calls });
  await ensure({ key: 'sso', name: 'Single sign-on', type: 'boolean' });
  await ensure({ key: 'support_tier', name: 'Support tier', type: 'static' });

  const attach = planEntitlements.attach;
  // AI API (Nimbus): overage is billed at the rate card; a webhook at 80 % and at the limit.
  await attach(plans.aiApi, { feature: 'api_calls', limit: '2000', soft_limit: '1600', overage: 'allow' });
  await attach(plans.aiApi, { feature: 'support_tier', value: { tier: 'standard', response_hours: 24 } });
  // Plan A: a hard limit; Plan B (the upgrade) more calls, single sign-on, priority support.
  await attach(plans.saasPlanA, { feature: 'api_calls', limit: '1000', soft_limit: '800', overage: 'block' });
  await attach(plans.saasPlanA, { feature: 'sso', enabled: false });
  await attach(plans.saasPlanA, { feature: 'support_tier', value: { tier: 'standard', response_hours: 24 } });
  await attach(plans.saasPlanB, {
    feature: 'api_calls',
    limit: '5000',
    soft_limit: '4000',
    overage: 'block',
  });
  await attach(plans.saasPlanB, { feature: 'sso' });
  await attach(plans.saasPlanB, { feature: 'support_tier', value: { tier: 'priority', response_hours: 4 } });
  return { features: 3 };
}
