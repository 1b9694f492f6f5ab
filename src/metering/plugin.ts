import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { faqRoutes } from './faq/routes.js';
import { meterRoutes } from './routes.js';
import type { MeteringService } from './service.js';
import { stripeMeterRoutes } from './stripe/routes.js';

/** Every metering API: Tariff's own, the platform FAQ's counts, and Stripe's meter API. */
export function meteringRoutes(metering: MeteringService): FastifyPluginAsyncTypebox[] {
  return [meterRoutes(metering), faqRoutes(metering), stripeMeterRoutes(metering)];
}
