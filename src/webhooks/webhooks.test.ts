import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';
import { startReceiver, type TestReceiver } from './test-receiver.js';

describe.each(TEST_STORES)('webhook endpoints and events on %s', (kind) => {
  const h = useTariff(kind);
  let receiver: TestReceiver;
  beforeAll(async () => {
    receiver = await startReceiver();
  });
  afterAll(() => receiver.close());

  it('creates an endpoint and shows its secret only once', async () => {
    const created = await h.api.post('/v1/webhook_endpoints', {
      url: receiver.url,
      enabled_events: ['invoice.paid', 'customer.created'],
      description: 'billing mails',
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      object: 'webhook_endpoint',
      status: 'enabled',
      enabled_events: ['invoice.paid', 'customer.created'],
    });
    expect(created.body.id).toMatch(/^whe_/);
    expect(created.body.secret).toMatch(/^whsec_[0-9a-f]{64}$/);

    const fetched = await h.api.get(`/v1/webhook_endpoints/${created.body.id}`);
    expect(fetched.body.secret).toBeUndefined();
    const listed = await h.api.get('/v1/webhook_endpoints');
    expect(listed.body.data.map((e: { id: string }) => e.id)).toContain(created.body.id);
    expect(JSON.stringify(listed.body)).not.toContain(created.body.secret);
  });

  it.each([
    [{ url: 'ftp://x', enabled_events: ['*'] }, 'url'],
    [{ url: 'http://x', enabled_events: [] }, 'enabled_events'],
    [{ url: 'http://x', enabled_events: ['invoice.exploded'] }, 'enabled_events'],
    [{ url: 'http://x', enabled_events: ['*'], secret: 'mine' }, 'secret'],
  ])('rejects %j and writes nothing', async (body, param) => {
    const before = await h.api.get('/v1/webhook_endpoints', { limit: 100 });
    const res = await h.api.post('/v1/webhook_endpoints', body);
    expect(res.status).toBe(400);
    expect(res.body.error.param).toContain(param);
    const after = await h.api.get('/v1/webhook_endpoints', { limit: 100 });
    expect(after.body.data).toHaveLength(before.body.data.length);
  });

  it('updates, disables and deletes an endpoint', async () => {
    const { body: ep } = await h.api.post('/v1/webhook_endpoints', {
      url: receiver.url,
      enabled_events: ['*'],
    });
    const updated = await h.api.post(`/v1/webhook_endpoints/${ep.id}`, {
      enabled_events: ['invoice.finalized'],
      disabled: true,
      description: 'paused',
    });
    expect(updated.body).toMatchObject({
      status: 'disabled',
      enabled_events: ['invoice.finalized'],
      description: 'paused',
    });
    const enabled = await h.api.post(`/v1/webhook_endpoints/${ep.id}`, { disabled: false });
    expect(enabled.body.status).toBe('enabled');
    const deleted = await h.api.del(`/v1/webhook_endpoints/${ep.id}`);
    expect(deleted.body).toEqual({ id: ep.id, object: 'webhook_endpoint', deleted: true });
    const gone = await h.api.get(`/v1/webhook_endpoints/${ep.id}`);
    expect(gone.status).toBe(404);
    expect(gone.body.error.code).toBe('webhook_endpoint_not_found');
  });

  it('lists events written in the same transaction as the change, filtered by type', async () => {
    const { body: customer } = await h.api.post('/v1/customers', { name: 'Acme' });
    await h.api.post(`/v1/customers/${customer.id}`, { email: 'billing@acme.test' });
    const all = await h.api.get('/v1/events', { limit: 100 });
    const types = all.body.data.map((e: { type: string }) => e.type);
    expect(types).toContain('customer.created');
    const updated = await h.api.get('/v1/events', { type: 'customer.updated' });
    expect(updated.body.data).toHaveLength(1);
    expect(updated.body.data[0]).toMatchObject({ object: 'event', type: 'customer.updated' });
    expect(updated.body.data[0].data.object).toMatchObject({ id: customer.id, email: 'billing@acme.test' });
    const family = await h.api.get('/v1/events', { type: 'customer.*', limit: 100 });
    expect(family.body.data).toHaveLength(2);
    const one = await h.api.get(`/v1/events/${updated.body.data[0].id}`);
    expect(one.body.id).toBe(updated.body.data[0].id);
    const missing = await h.api.get('/v1/events/ev_nope');
    expect(missing.body.error.code).toBe('event_not_found');
  });

  it('answers 404 for the delivery log of an unknown endpoint', async () => {
    const res = await h.api.get('/v1/webhook_endpoints/whe_nope/deliveries');
    expect(res.status).toBe(404);
  });
});
