import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { ListOf } from '../http/openapi/index.js';
import { page } from '../http/pagination.js';
import { IdParams, Obj, Timestamp } from '../http/schemas.js';
import { testModeOnly } from '../shared/errors/test-mode.js';
import type { TestClockService } from './service.js';
import { testClockJson } from './test-clock.js';
import { AdvancedTestClock, DeletedTestClock, TestClock } from './test-clock-schema.js';

const tags = ['test clocks'];

export function testClockRoutes(clocks: TestClockService): FastifyPluginAsyncTypebox {
  return async (app) => {
    // Test clocks simulate time for test data: they exist only in test mode (src/db/modes.ts).
    app.addHook('preHandler', async (req) => {
      if (req.context?.mode !== 'test') throw testModeOnly();
    });
    app.post(
      '/v1/test_clocks',
      {
        schema: {
          operationId: 'test_clocks.create',
          response: { 200: TestClock },
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
      {
        schema: {
          operationId: 'test_clocks.retrieve',
          response: { 200: TestClock },
          tags,
          summary: 'Retrieve a test clock',
          params: IdParams,
        },
      },
      async (req) => testClockJson(await clocks.get(req.params.id)),
    );
    app.get(
      '/v1/test_clocks',
      {
        schema: {
          operationId: 'test_clocks.list',
          response: { 200: ListOf(TestClock) },
          tags,
          summary: 'List test clocks',
        },
      },
      async () => {
        const rows = await clocks.list();
        return page(rows.map(testClockJson), rows.length);
      },
    );
    app.post(
      '/v1/test_clocks/:id/advance',
      {
        schema: {
          operationId: 'test_clocks.advance',
          response: { 200: AdvancedTestClock },
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
      {
        schema: {
          operationId: 'test_clocks.delete',
          response: { 200: DeletedTestClock },
          tags,
          summary: 'Delete a test clock and its customers',
          params: IdParams,
        },
      },
      async (req) => ({ ...testClockJson(await clocks.delete(req.params.id)), deleted: true as const }),
    );
  };
}
