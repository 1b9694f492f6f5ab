import { describe, expect, it } from 'vitest';
import { useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('meters on %s', (kind) => {
  const h = useTariff(kind);

  it('creates with defaults, gets by id or event_name, renames, deactivates and reactivates', async () => {
    const created = await h.api.post('/v1/meters', {
      event_name: 'api_calls',
      display_name: 'API calls',
      default_aggregation: { formula: 'count' },
    });
    expect(created.status).toBe(200);
    expect(created.body).toMatchObject({
      object: 'meter',
      event_name: 'api_calls',
      status: 'active',
      customer_mapping: { event_payload_key: 'customer' },
      value_settings: { event_payload_key: 'value' },
      dimension_payload_keys: [],
    });
    expect(created.body.id).toMatch(/^mtr_/);
    expect((await h.api.get('/v1/meters/api_calls')).body.id).toBe(created.body.id);
    const renamed = await h.api.post(`/v1/meters/${created.body.id}`, { display_name: 'Calls' });
    expect(renamed.body.display_name).toBe('Calls');
    const off = await h.api.post(`/v1/meters/${created.body.id}/deactivate`);
    expect(off.body).toMatchObject({ status: 'inactive' });
    expect(off.body.deactivated_at).not.toBeNull();
    const on = await h.api.post(`/v1/meters/${created.body.id}/reactivate`);
    expect(on.body).toMatchObject({ status: 'active', deactivated_at: null });
  });

  it('answers a second meter for the same event_name with 409 meter_exists naming the first', async () => {
    const first = await h.api.post('/v1/meters', {
      event_name: 'seats',
      default_aggregation: { formula: 'max' },
    });
    const again = await h.api.post('/v1/meters', {
      event_name: 'seats',
      default_aggregation: { formula: 'sum' },
    });
    expect(again.status).toBe(409);
    expect(again.body.error).toMatchObject({
      code: 'meter_exists',
      param: 'event_name',
      existing: first.body.id,
    });
    expect(again.body.error.message).toContain(first.body.id);
  });

  it('rejects an unknown formula and an unknown field, and 404s an unknown meter', async () => {
    const bad = await h.api.post('/v1/meters', { event_name: 'x', default_aggregation: { formula: 'avg' } });
    expect(bad.status).toBe(400);
    const unknown = await h.api.post('/v1/meters', {
      event_name: 'x',
      default_aggregation: { formula: 'sum' },
      colour: 1,
    });
    expect(unknown.body.error.code).toBe('parameter_unknown');
    const missing = await h.api.get('/v1/meters/mtr_nope');
    expect(missing.status).toBe(404);
    expect(missing.body.error.code).toBe('meter_not_found');
  });

  it('documents every metering API in the OpenAPI document', async () => {
    const doc = await h.api.get('/openapi.json');
    expect(Object.keys(doc.body.paths)).toEqual(
      expect.arrayContaining([
        '/v1/meters/{id}/usage',
        '/v1/meter_events/batch',
        '/v1/customers/{id}/usage',
        '/v1/billing/meters/{id}/event_summaries',
        '/v1/pricing/metering/tenants/{tenant_id}/units/{metering_unit_name}/date-period',
      ]),
    );
  });

  it('lists newest first with a cursor', async () => {
    const page1 = await h.api.get('/v1/meters', { limit: 1 });
    expect(page1.body).toMatchObject({ object: 'list', has_more: true });
    const page2 = await h.api.get('/v1/meters', { limit: 10, starting_after: page1.body.data[0].id });
    expect(page2.body.data.map((m: { id: string }) => m.id)).not.toContain(page1.body.data[0].id);
    const inactive = await h.api.get('/v1/meters', { status: 'inactive' });
    expect(inactive.body.data).toEqual([]);
  });
});
