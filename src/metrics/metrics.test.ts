import { describe, expect, it } from 'vitest';
import { apiFor, useTariff } from '../testing/harness.js';
import { TEST_STORES } from '../testing/stores.js';

describe.each(TEST_STORES)('GET /metrics on %s', (kind) => {
  const h = useTariff(kind);

  async function scrapeWith(key: string) {
    return h.api.raw({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${key}` } });
  }

  it('exposes request rate and latency by route pattern, queues, ingestion lag and process metrics', async () => {
    const made = await h.api.post('/v1/customers', {
      name: 'Scraped',
      currency: 'JPY',
      external_id: 'scraped',
    });
    expect(made.status).toBe(200);
    await h.api.get('/v1/customers/scraped');
    await h.api.get(`/v1/customers/${made.body.id}`);
    await h.api.get('/v1/customers/cus_missing');
    await h.api.get('/health');

    const key = await h.api.post('/v1/api_keys', { name: 'prometheus', permissions: { metrics: 'read' } });
    expect(key.status).toBe(200);
    const res = await scrapeWith(key.body.secret);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.body;
    // By pattern, not by id: both customer reads land in one series.
    expect(text).toContain(
      'tariff_http_requests_total{method="GET",route="/v1/customers/:id",status="200"} 2',
    );
    expect(text).toContain(
      'tariff_http_requests_total{method="GET",route="/v1/customers/:id",status="404"} 1',
    );
    expect(text).toContain('tariff_http_requests_total{method="POST",route="/v1/customers",status="200"} 1');
    expect(text).toContain('tariff_http_requests_total{method="GET",route="/health",status="200"} 1');
    expect(text).toMatch(
      /tariff_http_request_duration_seconds_bucket\{le="0\.1",method="GET",route="\/v1\/customers\/:id",status="200"\} \d/,
    );
    expect(text).toContain(
      'tariff_http_request_duration_seconds_count{method="GET",route="/v1/customers/:id",status="200"} 2',
    );
    for (const name of [
      'tariff_ingestion_unfolded_events 0',
      'tariff_ingestion_lag_seconds 0',
      'tariff_worker_queue_depth{queue="subscriptions_due"} 0',
      'tariff_worker_queue_depth{queue="invoices_to_finalize"} 0',
      'tariff_worker_queue_depth{queue="webhook_deliveries_due"} 0',
      'tariff_worker_queue_depth{queue="stripe_pushes_pending"}',
      'tariff_worker_queue_depth{queue="events_to_dispatch"}',
      'tariff_webhook_deliveries{state="failed"} 0',
      'tariff_webhook_failed_attempts_last_hour 0',
      'tariff_stripe_pushes_failed 0',
      'process_cpu_user_seconds_total',
      'process_resident_memory_bytes',
      'nodejs_eventloop_lag_seconds',
    ]) {
      expect(text).toContain(name);
    }
  });

  it('counts events not yet folded and the age of the oldest', async () => {
    const meter = await h.api.post('/v1/meters', {
      event_name: 'api_call',
      default_aggregation: { formula: 'sum' },
    });
    expect(meter.status).toBe(200);
    // The worker is not running: the event waits for the fold.
    const event = await h.api.post('/v1/meter_events', {
      event_name: 'api_call',
      payload: { customer: 'scraped', value: '1' },
    });
    expect(event.status).toBe(200);
    const key = await h.api.post('/v1/api_keys', { name: 'prometheus 2', permissions: { metrics: 'read' } });
    h.clock.advance(30_000);
    const text = (await scrapeWith(key.body.secret)).body;
    expect(text).toMatch(/tariff_ingestion_unfolded_events [1-9]/);
    const lag = Number(/^tariff_ingestion_lag_seconds (\S+)$/m.exec(text)?.[1]);
    expect(lag).toBeGreaterThanOrEqual(29);
    await h.tariff.worker.runOnce();
    expect((await scrapeWith(key.body.secret)).body).toContain('tariff_ingestion_unfolded_events 0');
  });

  it('needs metrics: read; a key without it gets 403, no key 401', async () => {
    const other = await h.api.post('/v1/api_keys', { name: 'app', permissions: { events: 'write' } });
    const res = await scrapeWith(other.body.secret);
    expect(res.statusCode).toBe(403);
    expect(res.body).not.toContain('tariff_http_requests_total');
    expect((await h.api.raw({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    // A full-access key reads it too.
    expect((await apiFor(h.tariff).get('/metrics')).status).toBe(200);
  });
});
