import { describe, expect, it } from 'vitest';
import { backoffMs, isRetrySafe, type RetryEvent, retryAfterMs, retryingFetch } from './retry.js';

const OPTIONS = {
  maxRetries: 3,
  baseDelayMs: 100,
  maxDelayMs: 1_000,
  sleep: async () => {},
  random: () => 1,
};

/** A fetch answering the given statuses in turn (the last one forever), counting calls. */
function scripted(...answers: (number | Error)[]) {
  const seen: Request[] = [];
  const fetch = async (request: Request) => {
    seen.push(request);
    const answer = answers[Math.min(seen.length - 1, answers.length - 1)]!;
    if (answer instanceof Error) throw answer;
    return new Response(JSON.stringify({ attempt: seen.length }), { status: answer });
  };
  return { fetch, seen };
}

const post = (key?: string) =>
  new Request('http://tariff.test/v1/customers', {
    method: 'POST',
    body: '{"name":"Acme"}',
    headers: key ? { 'idempotency-key': key } : {},
  });

describe('retryingFetch', () => {
  it('retries a GET through 429 and 5xx to the first success', async () => {
    const { fetch, seen } = scripted(429, 503, 200);
    const events: RetryEvent[] = [];
    const res = await retryingFetch(fetch, { ...OPTIONS, onRetry: (e) => events.push(e) })(
      new Request('http://tariff.test/v1/customers'),
    );
    expect(res.status).toBe(200);
    expect(seen).toHaveLength(3);
    expect(events.map((e) => e.status)).toEqual([429, 503]);
  });

  it('sends the same body and Idempotency-Key on every attempt of a keyed POST', async () => {
    const { fetch, seen } = scripted(new TypeError('fetch failed'), 502, 201);
    const res = await retryingFetch(fetch, OPTIONS)(post('k-1'));
    expect(res.status).toBe(201);
    expect(await Promise.all(seen.map((r) => r.text()))).toEqual(Array(3).fill('{"name":"Acme"}'));
    expect(seen.map((r) => r.headers.get('idempotency-key'))).toEqual(['k-1', 'k-1', 'k-1']);
  });

  it('never repeats a POST without a key or a DELETE', async () => {
    for (const request of [post(), new Request('http://tariff.test/v1/x', { method: 'DELETE' })]) {
      const { fetch, seen } = scripted(503, 200);
      expect((await retryingFetch(fetch, OPTIONS)(request)).status).toBe(503);
      expect(seen).toHaveLength(1);
    }
  });

  it('gives up after maxRetries with the last answer, and rethrows the last network error', async () => {
    const busy = scripted(503);
    expect((await retryingFetch(busy.fetch, OPTIONS)(post('k'))).status).toBe(503);
    expect(busy.seen).toHaveLength(4);
    const down = scripted(new TypeError('fetch failed'));
    await expect(retryingFetch(down.fetch, OPTIONS)(post('k'))).rejects.toThrow('fetch failed');
    expect(down.seen).toHaveLength(4);
  });

  it('does not retry a 4xx other than 429, nor a 409 that is not a key in use', async () => {
    const { fetch, seen } = scripted(400, 409);
    expect((await retryingFetch(fetch, OPTIONS)(post('k'))).status).toBe(400);
    expect(seen).toHaveLength(1);
  });

  it('retries 409 idempotency_key_in_use: the first attempt is still running on the server', async () => {
    let calls = 0;
    const fetch = async () =>
      ++calls === 1
        ? Response.json({ error: { code: 'idempotency_key_in_use' } }, { status: 409 })
        : Response.json({ id: 'cus_1' }, { status: 200 });
    expect((await retryingFetch(fetch, OPTIONS)(post('k'))).status).toBe(200);
    expect(calls).toBe(2);
  });

  it('returns a 429 whose Retry-After is longer than the longest wait instead of hanging', async () => {
    let calls = 0;
    const fetch = async () => {
      calls++;
      return new Response('{}', { status: 429, headers: { 'retry-after': '60' } });
    };
    expect((await retryingFetch(fetch, OPTIONS)(new Request('http://tariff.test/'))).status).toBe(429);
    expect(calls).toBe(1);
  });
});

describe('timeouts and aborts', () => {
  /** A fetch that never answers until its signal aborts. */
  const hanging = (seen: Request[]) => (request: Request) => {
    seen.push(request);
    return new Promise<Response>((_, reject) =>
      request.signal.addEventListener('abort', () => reject(request.signal.reason)),
    );
  };

  it('a hung attempt times out and is retried; the last timeout is thrown', async () => {
    const seen: Request[] = [];
    const fetch = retryingFetch(hanging(seen), { ...OPTIONS, maxRetries: 1, timeoutMs: 20 });
    await expect(fetch(new Request('http://tariff.test/'))).rejects.toThrow(/timed out|aborted/i);
    expect(seen).toHaveLength(2);
  });

  it("the caller's abort is never retried", async () => {
    const seen: Request[] = [];
    const controller = new AbortController();
    const pending = retryingFetch(
      hanging(seen),
      OPTIONS,
    )(new Request('http://tariff.test/', { signal: controller.signal }));
    controller.abort();
    await expect(pending).rejects.toThrow();
    expect(seen).toHaveLength(1);
  });
});

describe('backoff', () => {
  it('doubles from the base with full jitter, capped, with Retry-After as a floor', () => {
    expect([0, 1, 2, 3, 4].map((a) => backoffMs(a, OPTIONS))).toEqual([100, 200, 400, 800, 1_000]);
    expect(backoffMs(3, { ...OPTIONS, random: () => 0.5 })).toBe(400);
    expect(backoffMs(0, { ...OPTIONS, random: () => 0 })).toBe(0);
    expect(backoffMs(0, OPTIONS, 750)).toBe(750);
  });

  it('reads Retry-After in seconds or as a date', () => {
    const at = (value: string) => new Response(null, { headers: { 'retry-after': value } });
    expect(retryAfterMs(at('1'))).toBe(1_000);
    expect(retryAfterMs(at('0.5'))).toBe(500);
    expect(retryAfterMs(at(new Date(10_000).toUTCString()), 8_000)).toBe(2_000);
    expect(retryAfterMs(at('soon'))).toBeUndefined();
    expect(retryAfterMs(new Response(null))).toBeUndefined();
  });

  it('knows what is safe to repeat', () => {
    expect(isRetrySafe(new Request('http://t/'))).toBe(true);
    expect(isRetrySafe(post('k'))).toBe(true);
    expect(isRetrySafe(post())).toBe(false);
  });
});
