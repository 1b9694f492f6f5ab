import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { Decimal } from '../../core/money/decimal.js';
import { type Period, period } from '../../core/time/period.js';
import {
  calendarBuckets,
  calendarPeriod,
  dayPeriod,
  formatDate,
  formatMonth,
  monthPeriod,
} from '../../core/time/zone.js';
import { ApiError } from '../../shared/errors/index.js';
import type { MeteringService } from '../service.js';
import {
  CellCount,
  CellDeleted,
  DateCounts,
  MonthCounts,
  PeriodCounts,
  UnitDateCount,
  UnitMonthCount,
} from './response-schemas.js';
import {
  CellUpdate,
  DateParams,
  MonthParams,
  PeriodQuery,
  UnitDateParams,
  UnitMonthParams,
  UnitParams,
  UnitTimestampParams,
} from './schemas.js';

const tags = ['platform metering API'];
const P = '/v1/pricing/metering/tenants/:tenant_id/units';
const MAX_DAYS = 366;

/** Counts are JSON numbers in this API (integers for integer usage). */
const count = (value: Decimal) => value.toNumber();
const unix = (at: Date) => Math.floor(at.getTime() / 1000);

function parsed(p: Period | undefined, param: string, value: string): Period {
  if (!p) throw new ApiError('parameter_invalid', `'${value}' is not a valid ${param}.`, { param });
  return p;
}

/** The platform FAQ's metering API (DESIGN 6), answered with each meter's own formula. */
export function faqRoutes(metering: MeteringService): FastifyPluginAsyncTypebox {
  async function countOne(tenant: string, unit: string, p: Period) {
    const ctx = await metering.customerContext(tenant);
    const meter = await metering.getMeter(unit);
    const [value] = await metering.countsIn(meter, ctx.customerId, [p]);
    return count(value ?? new Decimal(0));
  }
  async function countAll(tenant: string, at: (zone: string) => Period) {
    const ctx = await metering.customerContext(tenant);
    const p = at(ctx.zone);
    const meters = await metering.listMeters({ limit: 100 });
    const out = [];
    for (const meter of meters.slice(0, 100)) {
      const [value] = await metering.countsIn(meter, ctx.customerId, [p]);
      out.push({ metering_unit_name: meter.event_name, count: count(value ?? new Decimal(0)) });
    }
    return out;
  }

  return async (app) => {
    app.get(
      `${P}/:metering_unit_name/date/:date`,
      {
        schema: {
          tags,
          operationId: 'platform_metering.retrieve_date',
          summary: 'Count of a unit on a date',
          params: UnitDateParams,
          response: { 200: UnitDateCount },
        },
      },
      async (req) => {
        const { tenant_id, metering_unit_name, date } = req.params;
        const { zone } = await metering.customerContext(tenant_id);
        return {
          metering_unit_name,
          date,
          count: await countOne(tenant_id, metering_unit_name, parsed(dayPeriod(date, zone), 'date', date)),
        };
      },
    );
    app.get(
      `${P}/:metering_unit_name/today`,
      {
        schema: {
          tags,
          operationId: 'platform_metering.retrieve_today',
          summary: 'Count of a unit today',
          params: UnitParams,
          response: { 200: UnitDateCount },
        },
      },
      async (req) => {
        const { tenant_id, metering_unit_name } = req.params;
        const { now, zone } = await metering.customerContext(tenant_id);
        return {
          metering_unit_name,
          date: formatDate(now, zone),
          count: await countOne(tenant_id, metering_unit_name, calendarPeriod(now, 'day', zone)),
        };
      },
    );
    app.get(
      `${P}/:metering_unit_name/month/:month`,
      {
        schema: {
          tags,
          operationId: 'platform_metering.retrieve_month',
          summary: 'Count of a unit in a month',
          params: UnitMonthParams,
          response: { 200: UnitMonthCount },
        },
      },
      async (req) => {
        const { tenant_id, metering_unit_name, month } = req.params;
        const { zone } = await metering.customerContext(tenant_id);
        return {
          metering_unit_name,
          month,
          count: await countOne(
            tenant_id,
            metering_unit_name,
            parsed(monthPeriod(month, zone), 'month', month),
          ),
        };
      },
    );
    app.get(
      `${P}/:metering_unit_name/thismonth`,
      {
        schema: {
          tags,
          operationId: 'platform_metering.retrieve_this_month',
          summary: 'Count of a unit this month',
          params: UnitParams,
          response: { 200: UnitMonthCount },
        },
      },
      async (req) => {
        const { tenant_id, metering_unit_name } = req.params;
        const { now, zone } = await metering.customerContext(tenant_id);
        return {
          metering_unit_name,
          month: formatMonth(now, zone),
          count: await countOne(tenant_id, metering_unit_name, calendarPeriod(now, 'month', zone)),
        };
      },
    );
    app.get(
      `${P}/date/:date`,
      {
        schema: {
          tags,
          operationId: 'platform_metering.list_date',
          summary: 'Counts of every unit on a date',
          params: DateParams,
          response: { 200: DateCounts },
        },
      },
      async (req) => {
        const { tenant_id, date } = req.params;
        const counts = await countAll(tenant_id, (zone) => parsed(dayPeriod(date, zone), 'date', date));
        return { counts: counts.map((c) => ({ ...c, date })) };
      },
    );
    app.get(
      `${P}/month/:month`,
      {
        schema: {
          tags,
          operationId: 'platform_metering.list_month',
          summary: 'Counts of every unit in a month',
          params: MonthParams,
          response: { 200: MonthCounts },
        },
      },
      async (req) => {
        const { tenant_id, month } = req.params;
        const counts = await countAll(tenant_id, (zone) => parsed(monthPeriod(month, zone), 'month', month));
        return { counts: counts.map((c) => ({ ...c, month })) };
      },
    );
    app.get(
      `${P}/:metering_unit_name/date-period`,
      {
        schema: {
          tags,
          operationId: 'platform_metering.list_date_period',
          summary: 'Daily counts of a unit over a period',
          params: UnitParams,
          querystring: PeriodQuery,
          response: { 200: PeriodCounts },
        },
      },
      async (req) => {
        const { tenant_id, metering_unit_name } = req.params;
        const { start_timestamp, end_timestamp } = req.query;
        if (end_timestamp < start_timestamp)
          throw new ApiError('parameter_invalid', 'end_timestamp is before start_timestamp.', {
            param: 'end_timestamp',
          });
        const ctx = await metering.customerContext(tenant_id);
        const meter = await metering.getMeter(metering_unit_name);
        // Every calendar day the period touches, whole.
        const first = calendarPeriod(new Date(start_timestamp * 1000), 'day', ctx.zone);
        const last = calendarPeriod(new Date(end_timestamp * 1000), 'day', ctx.zone);
        const days = calendarBuckets(period(first.start, last.end), 'day', ctx.zone);
        if (days.length > MAX_DAYS)
          throw new ApiError('parameter_invalid', `At most ${MAX_DAYS} days per request.`, {
            param: 'end_timestamp',
          });
        const values = await metering.countsIn(meter, ctx.customerId, days);
        return {
          metering_unit_name,
          counts: days.map((d, i) => ({
            timestamp: unix(d.start),
            count: count(values[i] ?? new Decimal(0)),
          })),
        };
      },
    );
    const put = async (
      tenant: string,
      unit: string,
      at: Date | undefined,
      body: { method: 'add' | 'sub' | 'direct'; count: number },
    ) => {
      const cell = await metering.writeCell(unit, tenant, at, body.method, new Decimal(body.count));
      return { metering_unit_name: unit, timestamp: unix(cell.at), count: count(cell.value) };
    };
    app.put(
      `${P}/:metering_unit_name/timestamp/:timestamp`,
      {
        schema: {
          tags,
          operationId: 'platform_metering.update',
          summary: 'Update the count at a timestamp',
          params: UnitTimestampParams,
          body: CellUpdate,
          response: { 200: CellCount },
        },
      },
      async (req) =>
        put(
          req.params.tenant_id,
          req.params.metering_unit_name,
          new Date(req.params.timestamp * 1000),
          req.body,
        ),
    );
    app.put(
      `${P}/:metering_unit_name/now`,
      {
        schema: {
          tags,
          operationId: 'platform_metering.update_now',
          summary: 'Update the count now',
          params: UnitParams,
          body: CellUpdate,
          response: { 200: CellCount },
        },
      },
      async (req) => put(req.params.tenant_id, req.params.metering_unit_name, undefined, req.body),
    );
    app.delete(
      `${P}/:metering_unit_name/timestamp/:timestamp`,
      {
        schema: {
          tags,
          operationId: 'platform_metering.delete',
          summary: 'Delete the count at a timestamp',
          params: UnitTimestampParams,
          response: { 200: CellDeleted },
        },
      },
      async (req) => {
        const { tenant_id, metering_unit_name, timestamp } = req.params;
        await metering.clearCell(metering_unit_name, tenant_id, new Date(timestamp * 1000));
        return { metering_unit_name, timestamp, deleted: true as const };
      },
    );
  };
}
