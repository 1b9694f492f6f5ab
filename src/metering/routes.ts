import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import type { Static } from 'typebox';
import { decimalString } from '../core/money/decimal.js';
import { page } from '../http/pagination.js';
import { IdParams, ListOf } from '../http/schemas.js';
import { ApiError } from '../shared/errors/index.js';
import { batchResultJson } from './batch-json.js';
import { meterEventJson } from './event.js';
import { meterJson } from './meter.js';
import {
  CustomerUsage,
  Meter,
  MeterEventAdjustment,
  MeterEventBatchResult,
  MeterUsage,
  RecordedMeterEvent,
} from './meter-schema.js';
import { meterInput } from './meters.js';
import {
  CustomerUsageQuery,
  MeterCreate,
  MeterEventBatch,
  MeterEventCancel,
  MeterEventCreate,
  MeterListQuery,
  MeterUpdate,
  UsageQuerySchema,
} from './schemas.js';
import type { MeteringService } from './service.js';

const tags = ['metering'];

function parseFilter(filter: readonly string[] | undefined): Record<string, string> | undefined {
  if (!filter || filter.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const f of filter) {
    const at = f.indexOf(':');
    out[f.slice(0, at)] = f.slice(at + 1);
  }
  return out;
}

export function meterRoutes(metering: MeteringService): FastifyPluginAsyncTypebox {
  return async (app) => {
    app.post(
      '/v1/meters',
      {
        schema: {
          tags,
          operationId: 'meters.create',
          summary: 'Create a meter',
          body: MeterCreate,
          response: { 200: Meter },
        },
      },
      async (req) => {
        const meter = await metering.createMeter(meterInput(req.body));
        return meterJson(meter);
      },
    );
    app.get(
      '/v1/meters/:id',
      {
        schema: {
          tags,
          operationId: 'meters.retrieve',
          summary: 'Retrieve a meter by id or event_name',
          params: IdParams,
          response: { 200: Meter },
        },
      },
      async (req) => meterJson(await metering.getMeter(req.params.id)),
    );
    app.post(
      '/v1/meters/:id',
      {
        schema: {
          tags,
          operationId: 'meters.update',
          summary: 'Rename a meter',
          params: IdParams,
          body: MeterUpdate,
          response: { 200: Meter },
        },
      },
      async (req) => meterJson(await metering.renameMeter(req.params.id, req.body.display_name)),
    );
    app.get(
      '/v1/meters',
      {
        schema: {
          tags,
          operationId: 'meters.list',
          summary: 'List meters',
          querystring: MeterListQuery,
          response: { 200: ListOf(Meter) },
        },
      },
      async (req) => {
        const rows = await metering.listMeters(req.query);
        return page(rows.map(meterJson), req.query.limit ?? 10);
      },
    );
    app.post(
      '/v1/meters/:id/deactivate',
      {
        schema: {
          tags,
          operationId: 'meters.deactivate',
          summary: 'Deactivate a meter (new events are rejected)',
          params: IdParams,
          response: { 200: Meter },
        },
      },
      async (req) => meterJson(await metering.setMeterStatus(req.params.id, 'inactive')),
    );
    app.post(
      '/v1/meters/:id/reactivate',
      {
        schema: {
          tags,
          operationId: 'meters.reactivate',
          summary: 'Reactivate a meter',
          params: IdParams,
          response: { 200: Meter },
        },
      },
      async (req) => meterJson(await metering.setMeterStatus(req.params.id, 'active')),
    );

    app.post(
      '/v1/meter_events',
      {
        schema: {
          tags,
          operationId: 'meter_events.create',
          summary: 'Record one usage event',
          body: MeterEventCreate,
          response: { 200: RecordedMeterEvent },
        },
      },
      async (req) => {
        const { row, meter, status } = await metering.recordEvent(req.body);
        return { ...meterEventJson(row, meter.event_name), status };
      },
    );
    app.post(
      '/v1/meter_events/batch',
      {
        schema: {
          tags,
          operationId: 'meter_events.create_batch',
          summary: 'Record up to 10,000 usage events',
          body: MeterEventBatch,
          response: { 200: MeterEventBatchResult },
        },
      },
      async (req, reply) => {
        const batch = await metering.ingest(req.body.events);
        // JSON text written directly (batch-json.ts), sent as is: the schema describes it, and
        // batch-json.test.ts checks the text against it (response validation sees objects only).
        const text = batchResultJson(batch) as unknown as Static<typeof MeterEventBatchResult>;
        return reply.type('application/json; charset=utf-8').send(text);
      },
    );
    app.post(
      '/v1/meter_events/cancel',
      {
        schema: {
          tags,
          operationId: 'meter_events.cancel',
          summary: 'Cancel an event by identifier',
          body: MeterEventCancel,
          response: { 200: MeterEventAdjustment },
        },
      },
      async (req) => {
        const adj = await metering.cancelEvent(req.body.event_name, req.body.identifier);
        return {
          object: 'meter_event_adjustment' as const,
          id: adj.id,
          type: adj.type,
          meter: adj.meter_id,
          cancel: { identifier: adj.identifier },
          created_at: adj.created_at.toISOString(),
        };
      },
    );

    app.get(
      '/v1/meters/:id/usage',
      {
        schema: {
          tags,
          operationId: 'meters.usage',
          summary: "A meter's usage by hour, day or month",
          params: IdParams,
          querystring: UsageQuerySchema,
          response: { 200: MeterUsage },
        },
      },
      async (req) => {
        const q = req.query;
        const result = await metering.usage(req.params.id, {
          customer: q.customer,
          start: new Date(q.start_time),
          end: new Date(q.end_time),
          granularity: q.granularity,
          groupBy: q.group_by,
          filter: parseFilter(q.filter),
        });
        return {
          object: 'meter_usage' as const,
          meter: result.meter.id,
          formula: result.meter.formula,
          customer: result.customerId,
          time_zone: result.zone,
          data: result.buckets.map((b) => ({
            start_time: b.start.toISOString(),
            end_time: b.end.toISOString(),
            value: decimalString(b.value),
            dimensions: q.group_by ? { [q.group_by]: b.group } : {},
          })),
        };
      },
    );
    app.get(
      '/v1/customers/:id/usage',
      {
        schema: {
          tags,
          operationId: 'customers.usage',
          summary: "A customer's usage of every meter",
          params: IdParams,
          querystring: CustomerUsageQuery,
          response: { 200: CustomerUsage },
        },
      },
      async (req) => {
        const start = new Date(req.query.start_time);
        const end = new Date(req.query.end_time);
        if (end.getTime() <= start.getTime())
          throw new ApiError('parameter_invalid', 'end_time must be after start_time.', {
            param: 'end_time',
          });
        const result = await metering.customerUsage(req.params.id, start, end);
        return {
          object: 'customer_usage' as const,
          customer: result.customerId,
          start_time: start.toISOString(),
          end_time: end.toISOString(),
          data: result.meters.map(({ meter, value }) => ({
            meter: meter.id,
            event_name: meter.event_name,
            display_name: meter.display_name,
            formula: meter.formula,
            value: decimalString(value),
          })),
        };
      },
    );
  };
}
