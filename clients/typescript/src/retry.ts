export interface RetryOptions {
  /** Retries after the first attempt (0: none). */
  readonly maxRetries: number;
  /** The first backoff; each retry doubles it, up to `maxDelayMs` (also the longest `Retry-After` honoured). */
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Called before each retry: for logs and tests. */
  readonly onRetry?: ((event: RetryEvent) => void) | undefined;
  /** Waits between attempts; tests pass one that does not sleep. */
  readonly sleep?: ((ms: number) => Promise<void>) | undefined;
  /** [0, 1): the jitter's source; tests pin it. */
  readonly random?: (() => number) | undefined;
  /** Gives up on an attempt whose answer has not begun after this long (retried like a network error); none by default. */
  readonly timeoutMs?: number | undefined;
}

export interface RetryEvent {
  readonly attempt: number;
  readonly delayMs: number;
  readonly method: string;
  readonly url: string;
  /** The status that is retried, or undefined after a network error. */
  readonly status: number | undefined;
  readonly error: unknown;
}

const RETRIED_STATUSES = new Set([429, 500, 502, 503, 504]);

/**
 * A request may be sent again only if sending it twice cannot do the work twice: a GET or HEAD,
 * or a POST carrying an `Idempotency-Key` (the server replays the first answer for the same key
 * and body). A DELETE or a POST without a key is never retried.
 */
export function isRetrySafe(request: Request): boolean {
  if (request.method === 'GET' || request.method === 'HEAD') return true;
  return request.method === 'POST' && (request.headers.get('idempotency-key') ?? '') !== '';
}

/** `Retry-After` in seconds or as an HTTP date, in milliseconds; undefined when absent or unreadable. */
export function retryAfterMs(response: Response, now = Date.now()): number | undefined {
  const value = response.headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  if (/^\d+(\.\d+)?$/.test(value.trim())) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * Full-jitter exponential backoff (a random wait in [0, base·2^attempt], capped), so that many
 * clients rejected at once do not come back at once. The server's `Retry-After` is a floor: it
 * knows when its window reopens.
 */
export function backoffMs(attempt: number, options: RetryOptions, retryAfter?: number): number {
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** attempt);
  const jittered = Math.round(ceiling * (options.random ?? Math.random)());
  return retryAfter === undefined ? jittered : Math.max(retryAfter, jittered);
}

/** Whether an answer is worth another attempt: 429, 5xx gateways, or the same key still in flight. */
async function retriable(response: Response): Promise<boolean> {
  if (RETRIED_STATUSES.has(response.status)) return true;
  if (response.status !== 409) return false;
  // A first attempt that timed out on our side may still be running on the server's.
  const body = (await response
    .clone()
    .json()
    .catch(() => undefined)) as { error?: { code?: string } } | undefined;
  return body?.error?.code === 'idempotency_key_in_use';
}

/**
 * One attempt, given up after `timeoutMs` until its answer's headers arrive. A plain controller
 * and timer rather than `AbortSignal.any`, whose combined signals Node may collect before they fire.
 */
async function sendOnce(
  fetchImpl: (request: Request) => Promise<Response>,
  request: Request,
  timeoutMs: number | undefined,
): Promise<Response> {
  if (timeoutMs === undefined) return fetchImpl(request);
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`The attempt timed out after ${timeoutMs} ms`, 'TimeoutError')),
    timeoutMs,
  );
  const follow = () => controller.abort(request.signal.reason);
  request.signal.addEventListener('abort', follow, { once: true });
  try {
    return await fetchImpl(new Request(request, { signal: controller.signal }));
  } finally {
    clearTimeout(timer);
    request.signal.removeEventListener('abort', follow);
  }
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Wraps `fetch` with retries: safe requests (see `isRetrySafe`) are sent again, the same request
 * with the same `Idempotency-Key` each time, after a 429, a 5xx gateway status or a network error.
 * The last answer (or error) is returned as is.
 */
export function retryingFetch(
  fetchImpl: (request: Request) => Promise<Response>,
  options: RetryOptions,
): (request: Request) => Promise<Response> {
  const sleep = options.sleep ?? defaultSleep;
  return async (request) => {
    const safe = isRetrySafe(request);
    for (let attempt = 0; ; attempt++) {
      const last = !safe || attempt >= options.maxRetries;
      // Each attempt sends its own copy: a body can be read only once.
      const copy = last ? request : request.clone();
      let response: Response;
      try {
        response = await sendOnce(fetchImpl, copy, options.timeoutMs);
      } catch (error) {
        // The caller's own abort is an answer, not a failure to retry.
        if (last || request.signal.aborted) throw error;
        const delayMs = backoffMs(attempt, options);
        options.onRetry?.({
          attempt: attempt + 1,
          delayMs,
          method: request.method,
          url: request.url,
          status: undefined,
          error,
        });
        await sleep(delayMs);
        continue;
      }
      if (last || !(await retriable(response))) return response;
      const retryAfter = retryAfterMs(response);
      // A server asking for a longer pause than we would ever wait gets its answer back, not a hang.
      if (retryAfter !== undefined && retryAfter > options.maxDelayMs) return response;
      const delayMs = backoffMs(attempt, options, retryAfter);
      options.onRetry?.({
        attempt: attempt + 1,
        delayMs,
        method: request.method,
        url: request.url,
        status: response.status,
        error: undefined,
      });
      // Free the connection before waiting.
      await response.body?.cancel().catch(() => undefined);
      await sleep(delayMs);
    }
  };
}
