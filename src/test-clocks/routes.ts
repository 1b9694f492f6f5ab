import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { page } from '../http/pagination.js';
import { IdParams, Obj, Timestamp } from '../http/schemas.js';
import type { TestClockService } from './service.js';
import { testClockJson } from './test-clock.js';

const tags = ['test clocks'];

export function testClockRoutes(clocks: TestClockService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/test_clocks',
      {
        schema: {
          tags,
          summary: 'Create a test clock',
          body: Obj({ frozen_time: Timestamp, name: Type.Optional(Type.String({ maxLength: 200 })) }),
        },
      },
      async (req) =>
        testClockJson(
          await clocks.create({
            frozen_time: new Date(req.body.frozen_time),
            ...(req.body.name !== undefined && { name: req.body.name }),
          }),
        ),
    );
    app.get(
      '/v1/test_clocks/:id',
      { schema: { tags, summary: 'Retrieve a test clock', params: IdParams } },
      async (req) => testClockJson(await clocks.get(req.params.id)),
    );
    app.get('/v1/test_clocks', { schema: { tags, summary: 'List test clocks' } }, async () => {
      const rows = await clocks.list();
      return page(rows.map(testClockJson), rows.length);
    });
    app.post(
      '/v1/test_clocks/:id/advance',
      {
        schema: {
          tags,
          summary: 'Advance a test clock, running every billing action due on the way',
          params: IdParams,
          body: Obj({ frozen_time: Timestamp }),
        },
      },
      async (req) => {
        const { clock, actions } = await clocks.advance(req.params.id, new Date(req.body.frozen_time));
        return { ...testClockJson(clock), actions };
      },
    );
    app.delete(
      '/v1/test_clocks/:id',
      { schema: { tags, summary: 'Delete a test clock and its customers', params: IdParams } },
      async (req) => ({ ...testClockJson(await clocks.delete(req.params.id)), deleted: true }),
    );
  };
}
