import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, startServer } from '../src/testing/process.js';
import { createTestDatabase, TEST_STORES } from '../src/testing/stores.js';

const BATCH = 200;

// Every event the API acknowledged must survive `kill -9` mid-load, and stay deduplicated after
// the restart: re-sending all of them stores nothing new.
describe.each(TEST_STORES)(
  'kill -9 under event ingestion (batches, and concurrent single events) on %s',
  (kind) => {
    it('keeps every acknowledged event and still deduplicates them after the restart', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tariff-crash-events-'));
      const database = kind === 'postgres' ? await createTestDatabase() : undefined;
      const where = database ? { databaseUrl: database.url } : { dataDir: join(dir, 'data') };
      try {
        const server = await startServer(where);
        const meter = await call(server.url, 'POST', '/v1/meters', {
          event_name: 'crash_calls',
          default_aggregation: { formula: 'sum' },
        });
        expect(meter.status).toBe(200);
        const customers: string[] = [];
        for (let i = 0; i < 10; i++)
          customers.push((await call(server.url, 'POST', '/v1/customers', {})).body.id);
        const event = (id: string, i: number) => ({
          event_name: 'crash_calls',
          identifier: id,
          payload: { customer: customers[i % customers.length], value: '1' },
        });

        const acknowledged: ReturnType<typeof event>[] = [];
        let stop = false;
        const clients = Array.from({ length: 4 }, async (_, c) => {
          for (let b = 0; !stop; b++) {
            const events = Array.from({ length: BATCH }, (_, i) => event(`c${c}-b${b}-${i}`, i));
            try {
              const res = await call(server.url, 'POST', '/v1/meter_events/batch', { events });
              if (res.status === 200) {
                expect(res.body.accepted).toBe(BATCH);
                acknowledged.push(...events);
              }
            } catch {
              return; // the connection died with the server
            }
          }
        });
        // Crash once enough answers came (not after a fixed time: a loaded machine may take
        // seconds for the first ones), while every client still has a request in flight.
        const deadline = Date.now() + 120_000;
        while (acknowledged.length < 64 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 200));
        await server.crash();
        stop = true;
        await Promise.all(clients);
        expect(acknowledged.length).toBeGreaterThanOrEqual(BATCH);

        const again = await startServer(where);
        try {
          const window = {
            start_time: new Date(Date.now() - 3_600_000).toISOString(),
            end_time: new Date(Date.now() + 3_600_000).toISOString(),
          };
          const usage = async () => {
            const q = new URLSearchParams(window).toString();
            const res = await call(again.url, 'GET', `/v1/meters/crash_calls/usage?${q}`);
            return Number(res.body.data[0]?.value ?? 0);
          };
          const stored = await usage();
          expect(stored).toBeGreaterThanOrEqual(acknowledged.length);
          for (let i = 0; i < acknowledged.length; i += 1000) {
            const res = await call(again.url, 'POST', '/v1/meter_events/batch', {
              events: acknowledged.slice(i, i + 1000),
            });
            expect(res.body.accepted, 'an acknowledged event was lost').toBe(0);
          }
          expect(await usage()).toBe(stored);
        } finally {
          await again.stop();
        }
      } finally {
        await database?.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 240_000); // two server starts and a crash recovery: slow on a loaded machine

    // Single events are group-committed (src/metering/group-commit.ts): 32 clients, one event per
    // request, so requests share statements and commits; each answer must still mean durable.
    it('keeps every acknowledged single event under 32 concurrent clients', async () => {
      const dir = mkdtempSync(join(tmpdir(), 'tariff-crash-singles-'));
      const database = kind === 'postgres' ? await createTestDatabase() : undefined;
      const where = database ? { databaseUrl: database.url } : { dataDir: join(dir, 'data') };
      try {
        const server = await startServer(where);
        const meter = await call(server.url, 'POST', '/v1/meters', {
          event_name: 'crash_singles',
          default_aggregation: { formula: 'sum' },
        });
        expect(meter.status).toBe(200);
        const customer = (await call(server.url, 'POST', '/v1/customers', {})).body.id;
        const event = (id: string) => ({
          event_name: 'crash_singles',
          identifier: id,
          payload: { customer, value: '1' },
        });
        const acknowledged: ReturnType<typeof event>[] = [];
        let stop = false;
        const clients = Array.from({ length: 32 }, async (_, c) => {
          for (let n = 0; !stop; n++) {
            const e = event(`s${c}-${n}`);
            try {
              const res = await call(server.url, 'POST', '/v1/meter_events', e);
              if (res.status === 200) {
                expect(res.body.status).toBe('accepted');
                acknowledged.push(e);
              }
            } catch {
              return; // the connection died with the server
            }
          }
        });
        // Crash once enough answers came (not after a fixed time: a loaded machine may take
        // seconds for the first ones), while every client still has a request in flight.
        const deadline = Date.now() + 120_000;
        while (acknowledged.length < 64 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        await new Promise((r) => setTimeout(r, 200));
        await server.crash();
        stop = true;
        await Promise.all(clients);
        expect(acknowledged.length).toBeGreaterThanOrEqual(32);

        const again = await startServer(where);
        try {
          for (let i = 0; i < acknowledged.length; i += 1000) {
            const res = await call(again.url, 'POST', '/v1/meter_events/batch', {
              events: acknowledged.slice(i, i + 1000),
            });
            expect(res.body.duplicates, 'an acknowledged single event was lost').toBe(
              Math.min(1000, acknowledged.length - i),
            );
          }
        } finally {
          await again.stop();
        }
      } finally {
        await database?.drop();
        rmSync(dir, { recursive: true, force: true });
      }
    }, 240_000);
  },
);
