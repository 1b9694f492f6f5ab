import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTariff } from '../src/testing/harness.js';
import {
  type PostgresCluster,
  postgresBin,
  runPsql,
  startPostgresCluster,
} from '../src/testing/pg-cluster.js';
import { TEST_STORES } from '../src/testing/stores.js';
import { makePlan, ok } from './scenarios/fixtures.js';

const SCRIPTS = join(import.meta.dirname, '..', 'scripts', 'partitions');
const MOVED = { partition: 'meter_events_p3', remainder: 3 };

async function query<T>(url: string, text: string, values: unknown[] = []): Promise<T[]> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Several statements (no values) answer one result each: the last one is the answer.
    const result: pg.QueryResult | pg.QueryResult[] = await (values.length > 0
      ? client.query(text, values)
      : client.query(text));
    return (Array.isArray(result) ? result.at(-1)?.rows : result.rows) as T[];
  } finally {
    await client.end();
  }
}

/**
 * docs/scaling.md's path to a second PostgreSQL server, run as documented against two real
 * clusters on this machine: one hash partition of meter_events moved to a shard server with
 * scripts/partitions/shard-table.sql and move-partition.sql, attached back as a postgres_fdw
 * foreign table. Catalog, billing, the rollups and the dedup stay on the primary. Ingestion,
 * duplicates, cancels, reads, the fold and a month's invoice must all come out exactly as on
 * one server.
 */
describe.runIf(TEST_STORES.includes('postgres') && postgresBin() !== undefined)(
  'a meter_events partition on a second PostgreSQL server',
  () => {
    let shard: PostgresCluster;
    beforeAll(async () => {
      shard = await startPostgresCluster();
      shard.createDatabase('shard');
      shard.psql('shard', join(SCRIPTS, 'shard-table.sql'), { table: MOVED.partition });
    });
    // Registered before the harness: runs after it has closed Tariff.
    afterAll(() => shard?.stop());

    const h = useTariff('postgres', new Date('2026-03-01T00:00:00Z'));
    const primary = () => h.store.url as string;
    let plan: Awaited<ReturnType<typeof makePlan>>;
    const customers: string[] = [];
    const expected = new Map<string, number>();

    beforeAll(async () => {
      runPsql(primary(), join(SCRIPTS, 'move-partition.sql'), {
        ...MOVED,
        server: 'shard1',
        host: '127.0.0.1',
        port: shard.port,
        dbname: 'shard',
        remote_user: 'postgres',
      });
    });

    it('replaces the partition by a foreign table on the shard', async () => {
      const rows = await query<{ relname: string; relkind: string }>(
        primary(),
        `select c.relname, c.relkind from pg_inherits i join pg_class c on c.oid = i.inhrelid
          where i.inhparent = 'public.meter_events'::regclass order by c.relname`,
      );
      expect(rows).toHaveLength(8);
      expect(rows.filter((r) => r.relkind === 'f').map((r) => r.relname)).toEqual(['meter_events_p3_remote']);
    });

    it('stores the events of that partition on the shard, and only those', async () => {
      plan = await makePlan(h.api, { currency: 'USD', usage: { unitAmount: '0.10' } });
      // Customer ids are random: 24 of them all miss the moved partition 4 % of the time
      // ((7/8)^24), so customers are added until one lands there.
      const movedThere = async (id: string) =>
        (
          await query<{ there: boolean }>(
            primary(),
            `select satisfies_hash_partition('public.meter_events'::regclass, 8, ${MOVED.remainder}, $1::text) as there`,
            [id],
          )
        )[0]?.there === true;
      let there = 0;
      for (let n = 0; n < 24 || (there === 0 && n < 200); n++) {
        const c = await ok(
          h.api.post('/v1/customers', { name: `tenant ${n}`, external_id: `t${n}`, currency: 'USD' }),
        );
        customers.push(c.id);
        if (await movedThere(c.id)) there++;
        await ok(h.api.post('/v1/subscriptions', { customer: c.id, pricing_plan: plan.planId }));
      }
      h.clock.set(new Date('2026-03-10T00:00:00Z'));
      const events = customers.flatMap((c, n) =>
        Array.from({ length: 5 }, (_, k) => ({
          event_name: plan.eventName,
          identifier: `e-${n}-${k}`,
          timestamp: `2026-03-${String(2 + k).padStart(2, '0')}T10:00:00Z`,
          payload: { customer: c, value: String(n + k) },
        })),
      );
      for (const [n, c] of customers.entries())
        expected.set(
          c,
          [0, 1, 2, 3, 4].reduce((s, k) => s + n + k, 0),
        );
      const res = await ok(h.api.post('/v1/meter_events/batch', { events }));
      expect(res.accepted).toBe(events.length);

      const onShard = await query<{ customer_id: string; n: string }>(
        shard.url('shard'),
        'select customer_id, count(*)::text as n from meter_events_p3 group by 1',
      );
      expect(onShard.length).toBeGreaterThan(0);
      expect(onShard.length).toBe(there);
      expect(onShard.length).toBeLessThan(customers.length);
      for (const r of onShard) expect(r.n).toBe('5');
      // Exactly the customers whose hash(customer_id) has remainder 3 by 8, found with a scratch
      // table partitioned the same way.
      const routed = await query<{ customer_id: string }>(
        primary(),
        `create temp table probe (customer_id text) partition by hash (customer_id);
         ${Array.from({ length: 8 }, (_, r) => `create temp table probe_${r} partition of probe for values with (modulus 8, remainder ${r});`).join('\n')}
         insert into probe select unnest($1::text[]);
         select customer_id from probe_3`.replace(
          '$1::text[]',
          `array[${customers.map((c) => `'${c}'`).join(',')}]`,
        ),
      );
      expect(new Set(onShard.map((r) => r.customer_id))).toEqual(new Set(routed.map((r) => r.customer_id)));
    });

    const shardCustomers = async () =>
      (
        await query<{ customer_id: string }>(
          shard.url('shard'),
          'select distinct customer_id from meter_events_p3',
        )
      ).map((r) => r.customer_id);

    const totals = async () => {
      const out = new Map<string, number>();
      for (const c of customers) {
        const res = await ok(
          h.api.get(`/v1/meters/${plan.eventName}/usage`, {
            customer: c,
            start_time: '2026-03-01T00:00:00Z',
            end_time: '2026-04-01T00:00:00Z',
          }),
        );
        out.set(c, Number(res.data[0]?.value ?? '0'));
      }
      return out;
    };

    it('reads exact usage before and after the fold, for customers on either server', async () => {
      expect(await totals()).toEqual(expected);
      await expect.poll(() => h.tariff.services.metering.fold()).not.toBeUndefined();
      const rollups = await query<{ n: string }>(primary(), 'select count(*)::text as n from meter_rollups');
      expect(Number(rollups[0]?.n)).toBe(customers.length * 5);
      expect(await totals()).toEqual(expected);
    });

    it('refuses a duplicate and cancels an event that live on the shard', async () => {
      const [c] = await shardCustomers();
      const n = customers.indexOf(c as string);
      const again = await ok(
        h.api.post('/v1/meter_events/batch', {
          events: [
            {
              event_name: plan.eventName,
              identifier: `e-${n}-0`,
              timestamp: '2026-03-09T10:00:00Z',
              payload: { customer: c, value: '1000' },
            },
          ],
        }),
      );
      expect(again.duplicates).toBe(1);
      const cancel = await h.api.post('/v1/meter_events/cancel', {
        event_name: plan.eventName,
        identifier: `e-${n}-1`,
      });
      expect(cancel.status).toBe(200);
      expected.set(c as string, (expected.get(c as string) ?? 0) - (n + 1));
      const [row] = await query<{ cancelled_at: Date | null }>(
        shard.url('shard'),
        'select cancelled_at from meter_events_p3 where identifier = $1',
        [`e-${n}-1`],
      );
      expect(row?.cancelled_at).not.toBeNull();
      expect(await totals()).toEqual(expected);
    });

    it("bills March from both servers' events", async () => {
      h.clock.set(new Date('2026-04-01T02:00:00Z'));
      await h.tariff.worker.runOnce();
      for (const c of customers) {
        const list = await ok(h.api.get('/v1/invoices', { customer: c, limit: 10 }));
        const march = list.data.find(
          (i: { billing_reason: string }) => i.billing_reason === 'subscription_cycle',
        );
        expect(march?.period_start).toBe('2026-03-01T00:00:00.000Z');
        const line = march?.lines.find((l: { type: string }) => l.type === 'usage');
        const calls = expected.get(c) ?? 0;
        expect(line?.quantity, c).toBe(String(calls));
        expect(line?.amount, c).toBe((calls / 10).toFixed(2));
      }
    });
  },
);
