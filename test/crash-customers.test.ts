import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { call, startServer } from '../src/testing/process.js';
import { createTestDatabase, TEST_STORES } from '../src/testing/stores.js';

// A customer the API acknowledged (200) must survive the process dying without warning.
describe.each(TEST_STORES)('kill -9 under load on %s', (kind) => {
  it('keeps every acknowledged customer', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tariff-crash-'));
    const database = kind === 'postgres' ? await createTestDatabase() : undefined;
    const where = database ? { databaseUrl: database.url } : { dataDir: join(dir, 'data') };
    try {
      const server = await startServer(where);
      const acknowledged: string[] = [];
      let stop = false;
      const clients = Array.from({ length: 4 }, async (_, c) => {
        for (let i = 0; !stop; i++) {
          try {
            const res = await call(server.url, 'POST', '/v1/customers', { external_id: `crash-${c}-${i}` });
            if (res.status === 200) acknowledged.push(res.body.id);
          } catch {
            return; // the connection died with the server
          }
        }
      });
      await new Promise((r) => setTimeout(r, 1500));
      await server.crash();
      stop = true;
      await Promise.all(clients);
      expect(acknowledged.length).toBeGreaterThan(10);

      const again = await startServer(where);
      try {
        for (const id of acknowledged) {
          const res = await call(again.url, 'GET', `/v1/customers/${id}`);
          expect(res.status, id).toBe(200);
        }
      } finally {
        await again.stop();
      }
    } finally {
      await database?.drop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
