import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, startServer } from '../testing/process.js';
import { createTestDatabase, TEST_STORES } from '../testing/stores.js';
import { startReceiver } from './test-receiver.js';

async function until<T>(probe: () => Promise<T | undefined>, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 200));
  }
}

/**
 * A real `tariff serve` (API and worker in one process) delivers to a receiver that is down, is
 * killed with -9, and comes back: the delivery and its failed attempt survived, and the replay
 * from the new process reaches the recovered receiver.
 */
describe.each(TEST_STORES)('webhook delivery across kill -9 on %s', (kind) => {
  it('keeps the delivery log and delivers after the restart', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tariff-webhooks-'));
    const database = kind === 'postgres' ? await createTestDatabase() : undefined;
    const where = database ? { databaseUrl: database.url } : { dataDir: join(dir, 'data') };
    const receiver = await startReceiver();
    receiver.respondWith(503);
    try {
      const server = await startServer(where);
      const endpoint = await call(server.url, 'POST', '/v1/webhook_endpoints', {
        url: receiver.url,
        enabled_events: ['customer.created'],
      });
      const customer = await call(server.url, 'POST', '/v1/customers', { name: 'Across a crash' });
      const log = `/v1/webhook_endpoints/${endpoint.body.id}/deliveries`;
      const failed = await until(async () => {
        const res = await call(server.url, 'GET', log);
        const [d] = res.body.data;
        return d?.attempt_count >= 1 ? d : undefined;
      });
      expect(failed).toMatchObject({ status: 'pending', last_status_code: 503 });
      await server.crash();

      receiver.respondWith(200);
      const again = await startServer(where);
      try {
        const before = await call(again.url, 'GET', log);
        expect(before.body.data).toHaveLength(1);
        expect(before.body.data[0].attempts.slice(0, failed.attempt_count)).toEqual(failed.attempts);
        // On a slow machine the new worker's own retry (due a minute later) may come first.
        const replay = await call(again.url, 'POST', `${log}/${failed.id}/retry`);
        expect(replay.body).toMatchObject({ status: 'succeeded', last_status_code: 200 });
        const codes = replay.body.attempts.map((a: { status_code: number }) => a.status_code);
        expect(codes.slice(0, failed.attempt_count)).toEqual(Array(failed.attempt_count).fill(503));
        expect(codes.at(-1)).toBe(200);
        const delivered = receiver.received.at(-1);
        expect(JSON.parse(delivered?.body ?? '{}').data.object.id).toBe(customer.body.id);
      } finally {
        await again.stop();
      }
    } finally {
      await receiver.close();
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
