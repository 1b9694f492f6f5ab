import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { ApiKeyService } from '../auth/api-keys.js';
import { faqRoutes } from './faq/routes.js';
import { meterRoutes } from './routes.js';
import type { MeteringService } from './service.js';
import { stripeMeterRoutes } from './stripe/routes.js';
import { stripeV2MeterRoutes } from './stripe/v2-routes.js';

/**
 * Every metering API: Tariff's own, the platform FAQ's counts, and Stripe's meter API (v1, and
 * v2's meter event stream, whose sessions are bound to the API key that created them).
 */
export function meteringRoutes(metering: MeteringService, keys: ApiKeyService): FastifyPluginAsyncTypebox[] {
  return [
    meterRoutes(metering),
    faqRoutes(metering),
    stripeMeterRoutes(metering),
    stripeV2MeterRoutes(metering, keys),
  ];
}
