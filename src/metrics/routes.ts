import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { text } from '../http/openapi/content.js';
import type { TariffMetrics } from './registry.js';

/**
 * `GET /metrics` (Prometheus text format; permission group `metrics`, so a scrape uses a
 * restricted key holding `metrics: read`) and the hook that times every request.
 *
 * Register it first among the route plugins: its hook is added to the root (the plugin skips
 * Fastify's encapsulation) and reaches the routes registered after it.
 */
export function metricsRoutes(metrics: TariffMetrics): FastifyPluginAsyncTypebox {
  const plugin: FastifyPluginAsyncTypebox = async (app) => {
    app.addHook('onResponse', (request, reply, done) => {
      // The route pattern, never the URL: ids would make a series per customer.
      const route = request.routeOptions.url ?? 'unmatched';
      metrics.observe(request.method, route, reply.statusCode, reply.elapsedTime / 1000);
      done();
    });
    const schema = {
      tags: ['platform'],
      operationId: 'metrics.retrieve',
      summary: 'Prometheus metrics (needs a key with `metrics: read`)',
      response: { 200: text('text/plain', 'The Prometheus text exposition format, version 0.0.4.') },
    };
    app.get('/metrics', { schema }, async (_request, reply) => {
      const body = await metrics.scrape();
      return reply.type(metrics.contentType).send(body);
    });
  };
  // What fastify-plugin does: the hook applies outside this plugin too.
  Object.assign(plugin, { [Symbol.for('skip-override')]: true });
  return plugin;
}
