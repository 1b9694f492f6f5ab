import { type Kysely, sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import type { Db } from '../db/store.js';
import { runInMode } from '../shared/request-context.js';
import { freshStore, TEST_STORES } from '../testing/stores.js';
import { testModeMigrations } from './test-mode-migration.js';

const migration = testModeMigrations['0990_test_clocks_to_test_mode'];

/** Rows as an installation made them before modes: a test clock among live data. */
async function oldInstallation(db: Db) {
  const t = '2026-03-01T00:00:00Z';
  await sql`insert into test_clocks (id, name, frozen_time, status, created_at) values ('clock_1', 'c', ${t}, 'ready', ${t})`.execute(
    db,
  );
  for (const [id, clock] of [
    ['cus_clocked', 'clock_1'],
    ['cus_real', null],
  ] as const) {
    await sql`insert into customers (id, name, currency, billing_details, test_clock, metadata, created_at, updated_at)
              values (${id}, ${id}, 'JPY', '{}', ${clock}, '{}', ${t}, ${t})`.execute(db);
    await sql`insert into invoices (id, number, customer_id, test_clock, billing_reason, status, currency, period_start, period_end, created_at, metadata, updated_at)
              values (${`in_${id}`}, ${clock ? 'TEST-TRF-000001' : 'TRF-000001'}, ${id}, ${clock}, 'manual', 'paid', 'JPY', ${t}, ${t}, ${t}, '{}', ${t})`.execute(
      db,
    );
    await sql`insert into invoice_lines (id, invoice_id, position, key, type, description, quantity, unit_amount, amount, period_start, period_end)
              values (${`il_${id}`}, ${`in_${id}`}, 0, 'k', 'fee', 'Fee', 1, 100, 100, ${t}, ${t})`.execute(
      db,
    );
  }
  await sql`insert into invoice_number_sequences (prefix, last_value) values ('TEST-TRF', 1), ('TRF', 1)`.execute(
    db,
  );
  await sql`insert into tax_rates (id, display_name, percentage, inclusive, country, active, is_default, metadata, created_at)
            values ('txr_jp', 'JCT', 10, false, 'JP', true, true, '{}', ${t})`.execute(db);
}

const ids = async (db: Db, table: string) =>
  (await sql<{ id: string }>`select id from ${sql.table(table)} order by id`.execute(db)).rows.map(
    (r) => r.id,
  );

describe.each(TEST_STORES)('moving test-clock data to test mode (%s)', (kind) => {
  it('moves the clocks, their customers and what refers to them, copies the catalog, keeps live data', async () => {
    const store = await freshStore(kind);
    try {
      await oldInstallation(store.db);
      await runInMode('live', () =>
        store.db
          .transaction()
          .execute((trx) => migration?.up(trx as unknown as Kysely<unknown>) ?? Promise.resolve()),
      );
      expect(await ids(store.db, 'test_clocks')).toEqual([]);
      expect(await ids(store.db, 'customers')).toEqual(['cus_real']);
      expect(await ids(store.db, 'invoices')).toEqual(['in_cus_real']);
      expect(await ids(store.db, 'invoice_lines')).toEqual(['il_cus_real']);
      expect(await ids(store.db, 'tax_rates')).toEqual(['txr_jp']);
      await runInMode('test', async () => {
        expect(await ids(store.db, 'test_clocks')).toEqual(['clock_1']);
        expect(await ids(store.db, 'customers')).toEqual(['cus_clocked']);
        expect(await ids(store.db, 'invoices')).toEqual(['in_cus_clocked']);
        expect(await ids(store.db, 'invoice_lines')).toEqual(['il_cus_clocked']);
        expect(await ids(store.db, 'tax_rates')).toEqual(['txr_jp']);
        const seq = await sql<{ prefix: string }>`select prefix from invoice_number_sequences`.execute(
          store.db,
        );
        expect(seq.rows.map((r) => r.prefix)).toEqual(['TEST-TRF']);
      });
      const live = await sql<{ prefix: string }>`select prefix from invoice_number_sequences`.execute(
        store.db,
      );
      expect(live.rows.map((r) => r.prefix)).toEqual(['TRF']);
    } finally {
      await store.dispose();
    }
  });
});
