import { sql } from 'kysely';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { newId } from '../shared/ids.js';
import { FULL_ACCESS } from '../shared/permissions.js';
import { type RequestContext, runWithContext } from '../shared/request-context.js';
import { TEST_KEY, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { createWorker } from '../worker/worker.js';

const apiContext = (requestId: string): RequestContext => ({
  actor: { type: 'api_key', id: 'key_direct', name: 'direct' },
  mode: 'test',
  permissions: FULL_ACCESS,
  requestId,
  route: 'POST /v1/customers',
  path: '/v1/customers',
});

describe.each(TEST_STORES)('audit log on %s', (kind) => {
  const h = useTariff(kind, undefined, { mode: 'test' });
  const events = async (query: Record<string, string | number>) => {
    const res = await h.api.get('/v1/audit_events', { limit: 100, ...query });
    expect(res.status).toBe(200);
    return res.body.data as any[];
  };

  it('records HTTP writes with the key, the request id, the route and the changed fields', async () => {
    const key = await h.inMode(() => h.tariff.services.keys.verify(TEST_KEY));
    const created = await h.api.post('/v1/customers', { name: 'Acme KK', email: 'a@acme.example' });
    expect(created.status).toBe(200);
    const id = created.body.id as string;
    const updated = await h.api.post(`/v1/customers/${id}`, { name: 'Acme Japan KK' });
    expect(updated.status).toBe(200);

    const [update, create] = await events({ resource_id: id });
    expect(create).toMatchObject({
      object: 'audit_event',
      actor: { type: 'api_key', id: key?.id, name: 'test' },
      request_id: created.headers['request-id'],
      route: 'POST /v1/customers',
      path: '/v1/customers',
      resource: { type: 'customer', id },
      action: 'created',
      changes: { id, name: 'Acme KK', email: 'a@acme.example' },
    });
    expect(update).toMatchObject({
      actor: { type: 'api_key', id: key?.id },
      request_id: updated.headers['request-id'],
      route: 'POST /v1/customers/:id',
      path: `/v1/customers/${id}`,
      action: 'updated',
      changes: { name: { from: 'Acme KK', to: 'Acme Japan KK' } },
    });
    // Only what changed: not the untouched columns, not updated_at.
    expect(Object.keys(update.changes)).toEqual(['name']);
    expect(update.id > create.id).toBe(true);
    expect((await h.api.get(`/v1/audit_events/${update.id}`)).body).toEqual(update);
  });

  it('records writes made inside a context, on autocommit statements and transactions alike', async () => {
    const { db } = h.store;
    const id = newId('clock');
    await runWithContext(apiContext('req_direct_1'), async () => {
      await h.inMode(() => h.tariff.services.customers.create({ name: 'Direct' } as never));
      await db.transaction().execute(async (trx) => {
        await trx
          .insertInto('test_clocks')
          .values({
            id,
            name: 'audit',
            frozen_time: new Date(),
            status: 'ready',
            created_at: new Date(),
          } as never)
          .execute();
      });
      await db
        .updateTable('test_clocks')
        .set({ name: 'audit 2' } as never)
        .where('id', '=', id)
        .execute();
    });
    const rows = await events({ request_id: 'req_direct_1' });
    expect(rows.map((r) => [r.resource.type, r.action])).toEqual([
      ['test_clock', 'updated'],
      ['test_clock', 'created'],
      ['customer', 'created'],
    ]);
    for (const r of rows) expect(r.actor).toEqual({ type: 'api_key', id: 'key_direct', name: 'direct' });
    // Outside any context the same connection no longer carries the request: the actor is `system`.
    await db
      .updateTable('test_clocks')
      .set({ name: 'audit 3' } as never)
      .where('id', '=', id)
      .execute();
    const [last] = await events({ resource_id: id });
    expect(last).toMatchObject({ actor: { type: 'system', id: null }, request_id: null });
  });

  it('leaves no record of a write whose transaction rolls back', async () => {
    const id = newId('clock');
    await expect(
      runWithContext(apiContext('req_rolled_back'), () =>
        h.store.db.transaction().execute(async (trx) => {
          await trx
            .insertInto('test_clocks')
            .values({
              id,
              name: 'never',
              frozen_time: new Date(),
              status: 'ready',
              created_at: new Date(),
            } as never)
            .execute();
          throw new Error('abort');
        }),
      ),
    ).rejects.toThrow('abort');
    expect(await events({ resource_id: id })).toEqual([]);
    expect(await events({ request_id: 'req_rolled_back' })).toEqual([]);
  });

  it("records a worker job's writes with the actor worker and the job's name", async () => {
    const id = newId('clock');
    const worker = createWorker(
      [
        {
          name: 'audit-test-job',
          everyMs: 1000,
          run: async (now) =>
            void (await h.store.db
              .insertInto('test_clocks')
              .values({ id, name: 'by worker', frozen_time: now, status: 'ready', created_at: now } as never)
              .execute()),
        },
      ],
      h.clock,
      pino({ level: 'silent' }),
    );
    await worker.runOnce();
    const [row] = await events({ resource_id: id });
    expect(row).toMatchObject({
      actor: { type: 'worker', id: null, name: 'audit-test-job' },
      route: 'audit-test-job',
      action: 'created',
    });
    expect((await events({ actor_type: 'worker', resource_type: 'test_clock' })).map((r) => r.id)).toContain(
      row.id,
    );
  });

  it('never records a secret', async () => {
    const endpoint = await h.api.post('/v1/webhook_endpoints', {
      url: 'https://example.com/hook',
      enabled_events: ['*'],
    });
    expect(endpoint.status).toBe(200);
    const key = await h.api.post('/v1/api_keys', { name: 'audited key' });
    expect(key.status).toBe(200);
    const revoked = await h.api.post(`/v1/api_keys/${key.body.id}/revoke`);
    expect(revoked.status).toBe(200);

    const [created] = await events({ resource_id: endpoint.body.id });
    expect(created.changes.secret ?? created.changes.secret_encrypted).toBe('[redacted]');
    const keyEvents = await events({ resource_type: 'api_key', resource_id: key.body.id });
    expect(keyEvents.map((e) => e.action)).toEqual(['updated', 'created']);
    expect(keyEvents[1].changes.hash).toBe('[redacted]');
    expect(keyEvents[0].changes.revoked_at.from).toBeNull();

    const all = JSON.stringify((await sql`select * from audit_events`.execute(h.store.db)).rows);
    expect(all).not.toContain(endpoint.body.secret);
    expect(all).not.toContain(key.body.secret);
    expect(all).not.toContain(TEST_KEY);
  });

  it('writes numbers as decimal strings, so no digit of an amount is lost', async () => {
    const rate = await h.api.post('/v1/tax_rates', {
      display_name: 'precise',
      percentage: '8.25',
      inclusive: false,
      country: 'US',
    });
    expect(rate.status).toBe(200);
    await h.store.db
      .updateTable('tax_rates')
      .set({ percentage: '12345678901234567.123456789' })
      .where('id', '=', rate.body.id)
      .execute();
    const [updated, created] = await events({ resource_id: rate.body.id });
    expect(created.changes.percentage).toBe('8.25');
    expect(updated.changes.percentage).toEqual({ from: '8.25', to: '12345678901234567.123456789' });
  });

  it('filters and pages newest first', async () => {
    for (let i = 0; i < 3; i++) await h.api.post('/v1/customers', { name: `page ${i}` });
    const first = await h.api.get('/v1/audit_events', {
      resource_type: 'customer',
      action: 'created',
      limit: 2,
    });
    expect(first.body).toMatchObject({ object: 'list', has_more: true });
    expect(first.body.data).toHaveLength(2);
    const next = await h.api.get('/v1/audit_events', {
      resource_type: 'customers',
      action: 'created',
      limit: 2,
      starting_after: first.body.data[1].id,
    });
    expect(next.body.data[0].id < first.body.data[1].id).toBe(true);
    expect(next.body.data[0].changes.name).toBe('page 0');

    const future = new Date(Date.now() + 3_600_000).toISOString();
    expect(await events({ 'created[gte]': future })).toEqual([]);
    expect((await events({ 'created[lt]': future, limit: 1 })).length).toBe(1);
    expect((await h.api.get('/v1/audit_events', { action: 'touched' })).status).toBe(400);
    expect((await h.api.get('/v1/audit_events/aud_0000000000999999')).status).toBe(404);
  });

  it('is append-only', async () => {
    await expect(sql`delete from audit_events`.execute(h.store.db)).rejects.toThrow(/append-only/);
    await expect(sql`update audit_events set actor_name = 'x'`.execute(h.store.db)).rejects.toThrow(
      /append-only/,
    );
  });
});
