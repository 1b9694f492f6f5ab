import type { FastifyPluginAsyncTypebox } from '@fastify/type-provider-typebox';
import { type Static, Type } from 'typebox';
import { ACCOUNTS, type Account } from '../core/revenue/journal.js';
import { monthPeriod } from '../core/time/zone.js';
import type { CustomerService } from '../customers/service.js';
import type { Db } from '../db/store.js';
import { binary } from '../http/openapi/content.js';
import { errorResponse } from '../http/openapi/standard-errors.js';
import { page } from '../http/pagination.js';
import { Id, ListOf, ListQuery, Obj, Timestamp } from '../http/schemas.js';
import { ApiError } from '../shared/errors/index.js';
import type { TestClockService } from '../test-clocks/service.js';
import { JournalEntry, RevenueSummary } from './report-schemas.js';
import { type JournalFilter, journalCsv, journalEntries, journalEntryJson, summary } from './reports.js';

const tags = ['revenue'];
const CSV_LIMIT = 100_000;

const CSV = binary('text/csv', 'The entries as CSV (at most 100,000 rows), as an attachment `journal.csv`.');
/** A customer filter or a test clock that does not exist. */
const ScopeNotFound = errorResponse('No such customer or test clock.');

const TestClockParam = Type.String({
  maxLength: 64,
  description:
    "Whose books: absent, the real books (customers on a test clock left out); a test clock's id, that clock's customers only.",
});

const JournalQuery = Obj({
  ...ListQuery,
  test_clock: Type.Optional(TestClockParam),
  start_time: Type.Optional(Timestamp),
  end_time: Type.Optional(Timestamp),
  customer: Type.Optional(Id),
  account: Type.Optional(Type.Union(ACCOUNTS.map((a) => Type.Literal(a)))),
  source: Type.Optional(Type.String({ maxLength: 40 })),
  format: Type.Optional(Type.Union([Type.Literal('json'), Type.Literal('csv')])),
});

const SummaryQuery = Obj({
  month: Type.String({
    pattern: '^[0-9]{4}-[0-9]{2}$',
    description: 'A calendar month, YYYY-MM, in the account time zone.',
  }),
  customer: Type.Optional(Id),
  test_clock: Type.Optional(TestClockParam),
});

export interface RevenueRouteDeps {
  db: Db;
  customers: CustomerService;
  testClocks: Pick<TestClockService, 'get'>;
  timeZone: () => Promise<string>;
}

export function revenueRoutes(deps: RevenueRouteDeps): FastifyPluginAsyncTypebox {
  /**
   * The customer filter and whose books to read: `test_clock` if given (404 if no such clock),
   * else the customer's own clock when the filter names a test-clock customer, else the real books.
   */
  async function scope(query: { customer?: string | undefined; test_clock?: string | undefined }) {
    const customer = query.customer === undefined ? undefined : await deps.customers.get(query.customer);
    if (query.test_clock !== undefined) {
      const clock = await deps.testClocks.get(query.test_clock);
      return { customerId: customer?.id, testClock: clock.id };
    }
    return { customerId: customer?.id, testClock: customer?.test_clock ?? null };
  }

  return async (app) => {
    const journal = async (query: Static<typeof JournalQuery>, csv: boolean) => {
      const { customerId: customer, testClock } = await scope(query);
      const filter: JournalFilter = { testClock, limit: csv ? CSV_LIMIT : (query.limit ?? 10) };
      if (query.start_time) filter.start = new Date(query.start_time);
      if (query.end_time) filter.end = new Date(query.end_time);
      if (customer) filter.customerId = customer;
      if (query.account) filter.account = query.account as Account;
      if (query.source) filter.source = query.source;
      if (query.starting_after) filter.startingAfter = query.starting_after;
      return { rows: await journalEntries(deps.db, filter), limit: filter.limit };
    };

    app.get(
      '/v1/revenue/journal',
      {
        schema: {
          tags,
          operationId: 'revenue.journal.list',
          summary: 'Journal entries (format=csv for a CSV export)',
          querystring: JournalQuery,
          response: {
            200: {
              description: 'A page of entries; with `format=csv`, all of them (up to 100,000) as CSV.',
              content: {
                'application/json': { schema: ListOf(JournalEntry) },
                'text/csv': CSV.content['text/csv'],
              },
            },
            404: ScopeNotFound,
          },
        },
      },
      async (req, reply) => {
        const csv = req.query.format === 'csv';
        const { rows, limit } = await journal(req.query, csv);
        if (!csv) return page(rows.map(journalEntryJson), limit);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="journal.csv"')
          .send(journalCsv(rows.slice(0, limit)));
      },
    );
    app.get(
      '/v1/revenue/journal.csv',
      {
        schema: {
          tags,
          operationId: 'revenue.journal.export',
          summary: 'Journal entries as CSV',
          querystring: JournalQuery,
          response: { 200: CSV, 404: ScopeNotFound },
        },
      },
      async (req, reply) => {
        const { rows, limit } = await journal(req.query, true);
        return reply
          .header('content-type', 'text/csv; charset=utf-8')
          .header('content-disposition', 'attachment; filename="journal.csv"')
          .send(journalCsv(rows.slice(0, limit)));
      },
    );
    app.get(
      '/v1/revenue/summary',
      {
        schema: {
          tags,
          operationId: 'revenue.summary.retrieve',
          summary: 'Debits, credits and balances by account and customer for a month',
          querystring: SummaryQuery,
          response: { 200: RevenueSummary, 404: ScopeNotFound },
        },
      },
      async (req) => {
        const zone = await deps.timeZone();
        const within = monthPeriod(req.query.month, zone);
        if (!within) throw new ApiError('parameter_invalid', 'month is YYYY-MM.', { param: 'month' });
        const { customerId: customer, testClock } = await scope(req.query);
        return {
          object: 'revenue_summary' as const,
          month: req.query.month,
          time_zone: zone,
          test_clock: testClock,
          start_time: within.start.toISOString(),
          end_time: within.end.toISOString(),
          ...(await summary(deps.db, within, testClock, customer)),
        };
      },
    );
  };
}
