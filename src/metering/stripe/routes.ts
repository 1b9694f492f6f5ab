import formbody from '@fastify/formbody';
import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import qs from 'qs';
import { period } from '../../core/time/period.js';
import { calendarBuckets } from '../../core/time/zone.js';
import { IdParams } from '../../http/schemas.js';
import { ApiError } from '../../shared/errors/index.js';
import { meterInput } from '../meters.js';
import type { MeteringService } from '../service.js';
import {
  StripeAdjustmentCreate,
  StripeListQuery,
  StripeMeterCreate,
  StripeMeterEventCreate,
  StripeMeterUpdate,
  StripeSummaryQuery,
} from './schemas.js';
import {
  StripeList,
  StripeMeter,
  StripeMeterEvent,
  StripeMeterEventAdjustment,
  StripeMeterEventSummary,
} from './shape-schemas.js';
import { stripeAdjustment, stripeMeter, stripeMeterEvent, stripeSummary } from './shapes.js';

const tags = ['Stripe-compatible meters'];
const MAX_SUMMARIES = 10_000;

/**
 * Stripe's meter API (DESIGN 6), so the official `stripe` client pointed at Tariff works:
 * form-encoded bodies (parsed with qs, in this plugin's scope only), Unix seconds, Stripe's
 * object shapes, and a customer mapping key defaulting to `stripe_customer_id`.
 */
export function stripeMeterRoutes(metering: MeteringService): FastifyPluginAsyncTypebox {
  return async (app) => {
    await app.register(formbody, { parser: (body) => qs.parse(body, { depth: 5, arrayLimit: 100 }) });

    app.post(
      '/v1/billing/meters',
      {
        schema: {
          tags,
          summary: 'Create a meter (Stripe)',
          body: StripeMeterCreate,
          operationId: 'billing.meters.create',
          response: { 200: StripeMeter },
        },
      },
      async (req) => {
        const meter = await metering.createMeter(meterInput(req.body, 'stripe_customer_id'));
        return stripeMeter(meter);
      },
    );
    app.get(
      '/v1/billing/meters/:id',
      {
        schema: {
          tags,
          summary: 'Retrieve a meter (Stripe)',
          params: IdParams,
          operationId: 'billing.meters.retrieve',
          response: { 200: StripeMeter },
        },
      },
      async (req) => stripeMeter(await metering.getMeter(req.params.id)),
    );
    app.post(
      '/v1/billing/meters/:id',
      {
        schema: {
          tags,
          summary: 'Update a meter (Stripe)',
          params: IdParams,
          body: StripeMeterUpdate,
          operationId: 'billing.meters.update',
          response: { 200: StripeMeter },
        },
      },
      async (req) => stripeMeter(await metering.renameMeter(req.params.id, req.body.display_name)),
    );
    app.get(
      '/v1/billing/meters',
      {
        schema: {
          tags,
          summary: 'List meters (Stripe)',
          querystring: StripeListQuery,
          operationId: 'billing.meters.list',
          response: { 200: StripeList(StripeMeter) },
        },
      },
      async (req) => {
        const limit = req.query.limit ?? 10;
        const rows = await metering.listMeters({ ...req.query, limit });
        return {
          object: 'list' as const,
          data: rows.slice(0, limit).map(stripeMeter),
          has_more: rows.length > limit,
          url: '/v1/billing/meters',
        };
      },
    );
    app.post(
      '/v1/billing/meters/:id/deactivate',
      {
        schema: {
          tags,
          summary: 'Deactivate a meter (Stripe)',
          params: IdParams,
          operationId: 'billing.meters.deactivate',
          response: { 200: StripeMeter },
        },
      },
      async (req) => stripeMeter(await metering.setMeterStatus(req.params.id, 'inactive')),
    );
    app.post(
      '/v1/billing/meters/:id/reactivate',
      {
        schema: {
          tags,
          summary: 'Reactivate a meter (Stripe)',
          params: IdParams,
          operationId: 'billing.meters.reactivate',
          response: { 200: StripeMeter },
        },
      },
      async (req) => stripeMeter(await metering.setMeterStatus(req.params.id, 'active')),
    );

    app.post(
      '/v1/billing/meter_events',
      {
        schema: {
          tags,
          summary: 'Record a meter event (Stripe)',
          body: StripeMeterEventCreate,
          operationId: 'billing.meter_events.create',
          response: { 200: StripeMeterEvent },
        },
      },
      async (req) => {
        const b = req.body;
        const event = {
          event_name: b.event_name,
          payload: b.payload,
          ...(b.identifier !== undefined && { identifier: b.identifier }),
          ...(b.timestamp !== undefined && { timestamp: Number(b.timestamp) }),
        };
        const { row, meter } = await metering.recordEvent(event);
        return stripeMeterEvent(row, meter, b.payload[meter.customer_key] ?? row.customer_id);
      },
    );
    app.post(
      '/v1/billing/meter_event_adjustments',
      {
        schema: {
          tags,
          summary: 'Cancel a meter event (Stripe)',
          body: StripeAdjustmentCreate,
          operationId: 'billing.meter_event_adjustments.create',
          response: { 200: StripeMeterEventAdjustment },
        },
      },
      async (req) => {
        await metering.cancelEvent(req.body.event_name, req.body.cancel.identifier);
        return stripeAdjustment(req.body.event_name, req.body.cancel.identifier);
      },
    );

    app.get(
      '/v1/billing/meters/:id/event_summaries',
      {
        schema: {
          tags,
          operationId: 'billing.meters.list_event_summaries',
          summary: 'Usage summaries of a meter for a customer (Stripe)',
          params: IdParams,
          querystring: StripeSummaryQuery,
          response: { 200: StripeList(StripeMeterEventSummary) },
        },
      },
      async (req) => {
        const q = req.query;
        if (q.end_time <= q.start_time)
          throw new ApiError('parameter_invalid', 'end_time must be after start_time.', {
            param: 'end_time',
          });
        const meter = await metering.getMeter(req.params.id);
        const { customerId } = await metering.customerContext(q.customer);
        const window = period(new Date(q.start_time * 1000), new Date(q.end_time * 1000));
        // Stripe aligns hour and day windows to UTC.
        const buckets = q.value_grouping_window
          ? calendarBuckets(window, q.value_grouping_window, 'UTC')
          : [window];
        if (buckets.length > MAX_SUMMARIES)
          throw new ApiError('parameter_invalid', 'The window holds too many summaries.', {
            param: 'value_grouping_window',
          });
        const values = await metering.countsIn(meter, customerId, buckets);
        const all = buckets.map((b, i) =>
          stripeSummary(meter.id, customerId, b.start, b.end, values[i]?.toNumber() ?? 0),
        );
        const from = q.starting_after ? all.findIndex((s) => s.id === q.starting_after) + 1 : 0;
        const limit = q.limit ?? 10;
        const data = all.slice(from, from + limit);
        return {
          object: 'list' as const,
          data,
          has_more: from + limit < all.length,
          url: `/v1/billing/meters/${meter.id}/event_summaries`,
        };
      },
    );
  };
}
