import createClient, {
  type Client,
  type ClientPathsWithMethod,
  type FetchResponse,
  type MaybeOptionalInit,
} from 'openapi-fetch';
import { TariffError } from './errors.js';
import type { paths } from './generated/openapi.js';
import { type ListItem, type ListPath, paginate } from './paginate.js';
import { type RetryEvent, retryingFetch } from './retry.js';

export interface TariffClientOptions {
  /** Where `tariff serve` answers, e.g. `http://127.0.0.1:4000`. */
  readonly baseUrl: string;
  /** A secret (`sk_…`) or restricted (`rk_…`) API key, sent as `Authorization: Bearer`. */
  readonly apiKey: string;
  /** Retries after the first attempt for requests safe to repeat (default 2). */
  readonly maxRetries?: number;
  /** First backoff in ms, doubled each retry with full jitter (default 500). */
  readonly retryBaseDelayMs?: number;
  /** Longest wait between attempts, and the longest `Retry-After` honoured (default 8,000). */
  readonly retryMaxDelayMs?: number;
  /** Gives up on an attempt after this many ms; it is then retried like a network error (default: no limit). */
  readonly timeoutMs?: number;
  /** Adds an `Idempotency-Key` to every POST that has none, so POSTs can be retried (default true). */
  readonly idempotencyKeys?: boolean;
  /** Makes idempotency keys (default `crypto.randomUUID()`). */
  readonly newIdempotencyKey?: () => string;
  /** Another `fetch` (a proxy agent, a test double). */
  readonly fetch?: (request: Request) => Promise<Response>;
  /** Sent with every request. */
  readonly headers?: Record<string, string>;
  /**
   * Which data to act on, sent as `Tariff-Mode` on every request: `test` lets a live key work on
   * test data; default: the key's own mode. A test-mode key cannot ask for `live` (403).
   */
  readonly mode?: 'live' | 'test';
  readonly onRetry?: (event: RetryEvent) => void;
  /** Replaces the waits between attempts (tests). */
  readonly sleep?: (ms: number) => Promise<void>;
}

type Method = 'get' | 'post' | 'delete';
type RequiredKeys<T> = { [K in keyof T]-?: object extends Pick<T, K> ? never : K }[keyof T];
/** openapi-fetch's rule: the options argument is required only when the operation has required inputs. */
type InitArg<Init> = RequiredKeys<Init> extends never ? [Init?] : [Init];

/** What a successful call answers for this path and method, from the server's document. */
export type ResponseOf<
  M extends Method,
  P extends ClientPathsWithMethod<Client<paths>, M>,
  Init = object,
> = NonNullable<
  FetchResponse<paths[P][M] & Record<string | number, unknown>, Init, `${string}/${string}`>['data']
>;

type ThrowingMethod<M extends Method> = <
  P extends ClientPathsWithMethod<Client<paths>, M>,
  Init extends MaybeOptionalInit<paths[P], M>,
>(
  path: P,
  ...init: InitArg<Init>
) => Promise<ResponseOf<M, P, Init>>;

/**
 * Tariff's API, typed from its OpenAPI document. Two ways to call each operation:
 * - `get` / `post` / `del` answer the typed body and throw a `TariffError` otherwise;
 * - `GET` / `POST` / `DELETE` are openapi-fetch's own: `{ data, error, response }`, never throwing
 *   for an HTTP status.
 */
export interface TariffClient extends Client<paths> {
  readonly get: ThrowingMethod<'get'>;
  readonly post: ThrowingMethod<'post'>;
  readonly del: ThrowingMethod<'delete'>;
  /** Every element of a list route, fetched page by page as you iterate (`for await`). */
  paginate<P extends ListPath>(
    path: P,
    init?: MaybeOptionalInit<paths[P], 'get'>,
  ): AsyncGenerator<ListItem<P>>;
  /** Every element of a list route in one array: for lists you know are small. */
  listAll<P extends ListPath>(path: P, init?: MaybeOptionalInit<paths[P], 'get'>): Promise<ListItem<P>[]>;
}

export function createTariffClient(options: TariffClientOptions): TariffClient {
  const newKey = options.newIdempotencyKey ?? (() => crypto.randomUUID());
  const transport = retryingFetch(options.fetch ?? ((request) => globalThis.fetch(request)), {
    maxRetries: options.maxRetries ?? 2,
    baseDelayMs: options.retryBaseDelayMs ?? 500,
    maxDelayMs: options.retryMaxDelayMs ?? 8_000,
    onRetry: options.onRetry,
    sleep: options.sleep,
    timeoutMs: options.timeoutMs,
  });
  const raw = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    headers: {
      ...options.headers,
      ...(options.mode && { 'tariff-mode': options.mode }),
      authorization: `Bearer ${options.apiKey}`,
    },
    // The key is fixed here, before the first attempt, so every retry carries the same one.
    fetch: (request) => {
      if (
        options.idempotencyKeys !== false &&
        request.method === 'POST' &&
        !request.headers.has('idempotency-key')
      ) {
        request.headers.set('idempotency-key', newKey());
      }
      return transport(request);
    },
  });
  const throwing =
    (
      call: (
        path: string,
        init?: unknown,
      ) => Promise<{ data?: unknown; error?: unknown; response: Response }>,
    ) =>
    async (path: string, init?: unknown) => {
      const { data, error, response } = await call(path, init);
      if (!response.ok) throw TariffError.fromResponse(response, error);
      return data;
    };
  type Untyped = (
    path: string,
    init?: unknown,
  ) => Promise<{ data?: unknown; error?: unknown; response: Response }>;
  const get = throwing(raw.GET.bind(raw) as unknown as Untyped);
  const listGetter = get as unknown as Parameters<typeof paginate>[0];
  return Object.assign(raw, {
    get: get as unknown as ThrowingMethod<'get'>,
    post: throwing(raw.POST.bind(raw) as unknown as Untyped) as unknown as ThrowingMethod<'post'>,
    del: throwing(raw.DELETE.bind(raw) as unknown as Untyped) as unknown as ThrowingMethod<'delete'>,
    paginate: <P extends ListPath>(path: P, init?: MaybeOptionalInit<paths[P], 'get'>) =>
      paginate(listGetter, path, init),
    async listAll<P extends ListPath>(path: P, init?: MaybeOptionalInit<paths[P], 'get'>) {
      const all: ListItem<P>[] = [];
      for await (const item of paginate(listGetter, path, init)) all.push(item);
      return all;
    },
  });
}
