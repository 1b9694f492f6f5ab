/**
 * The console's only way to the server: the `/v1` API with the API key kept in this browser
 * tab's sessionStorage (gone when the tab closes; never in localStorage, where any later visit
 * or another tab's script would find it). Errors keep the API's `code` so pages can tell "not
 * there yet" (404) from a real failure. Any 401 signs the console out.
 */
const KEY_STORAGE = 'tariff.apiKey';
/** Dispatched on `window` when the server refuses the stored key. */
export const SIGNED_OUT_EVENT = 'tariff:signed-out';

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

export function storedKey(): string | null {
  return sessionStorage.getItem(KEY_STORAGE);
}

const MODE_STORAGE = 'tariff.mode';
/** The key's own mode, as the server said it (the `Tariff-Mode` answer header). */
const KEY_MODE_STORAGE = 'tariff.keyMode';
export type Mode = 'live' | 'test';

/**
 * Whether the signed-in key is a test-mode key, which can only ever see test data. Told by the
 * server, never guessed from the secret: an operator's `TARIFF_API_KEY` may be any `sk_…`.
 */
export function isTestKey(): boolean {
  return sessionStorage.getItem(KEY_MODE_STORAGE) === 'test';
}

/**
 * The mode the console shows: test with a test-mode key; with a live key, what the test-mode
 * switch chose for this tab. A live key reaches test data with the `Tariff-Mode: test` header.
 */
export function storedMode(): Mode {
  if (isTestKey()) return 'test';
  return sessionStorage.getItem(MODE_STORAGE) === 'test' ? 'test' : 'live';
}

export function storeMode(mode: Mode): void {
  sessionStorage.setItem(MODE_STORAGE, mode);
}

export function storeKey(key: string | null): void {
  // A key left by an older console version in localStorage is removed, never read.
  localStorage.removeItem(KEY_STORAGE);
  if (key === null) {
    sessionStorage.removeItem(KEY_STORAGE);
    sessionStorage.removeItem(KEY_MODE_STORAGE);
    sessionStorage.removeItem(MODE_STORAGE);
  } else sessionStorage.setItem(KEY_STORAGE, key);
}

export type Query = Record<string, string | number | boolean | undefined | null>;

export function withQuery(path: string, query?: Query): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query))
    if (v !== undefined && v !== null && v !== '') params.set(k, String(v));
  const qs = params.toString();
  return qs ? `${path}${path.includes('?') ? '&' : '?'}${qs}` : path;
}

async function errorFrom(res: Response): Promise<ApiRequestError> {
  try {
    const body = (await res.json()) as { error?: { code?: string; message?: string } };
    return new ApiRequestError(
      res.status,
      body.error?.code ?? 'http_error',
      body.error?.message ?? res.statusText,
    );
  } catch {
    return new ApiRequestError(res.status, 'http_error', `${res.status} ${res.statusText}`);
  }
}

async function send(method: string, path: string, init: RequestInit, key = storedKey()): Promise<Response> {
  const headers = new Headers(init.headers);
  if (key) headers.set('authorization', `Bearer ${key}`);
  const switched = key !== null && key === storedKey() && !isTestKey() && storedMode() === 'test';
  if (switched) headers.set('tariff-mode', 'test');
  const res = await fetch(path, { ...init, method, headers });
  // Without the header the server answers in the key's own mode, and says which.
  const answered = res.headers.get('tariff-mode');
  const signedInKey = key !== null && (key === storedKey() || storedKey() === null);
  if (res.ok && signedInKey && !switched && (answered === 'live' || answered === 'test'))
    sessionStorage.setItem(KEY_MODE_STORAGE, answered);
  if (res.status === 401 && key === storedKey() && key !== null) {
    storeKey(null);
    window.dispatchEvent(new Event(SIGNED_OUT_EVENT));
  }
  if (!res.ok) throw await errorFrom(res);
  return res;
}

export async function apiGet<T>(
  path: string,
  options: { signal?: AbortSignal; key?: string } = {},
): Promise<T> {
  const res = await send('GET', path, options.signal ? { signal: options.signal } : {}, options.key);
  return (await res.json()) as T;
}

/** POSTs carry an Idempotency-Key, so a double click or a retry never does the work twice. */
export async function apiPost<T>(
  path: string,
  body?: unknown,
  options: { signal?: AbortSignal } = {},
): Promise<T> {
  const headers: Record<string, string> = { 'idempotency-key': crypto.randomUUID() };
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await send('POST', path, {
    headers,
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  return (await res.json()) as T;
}

export async function apiDelete<T>(path: string): Promise<T> {
  const res = await send('DELETE', path, {});
  return (await res.json()) as T;
}

/** Fetches a binary document (PDF) with the key and hands it to the browser as a download. */
export async function apiDownload(path: string, filename: string): Promise<void> {
  const res = await send('GET', path, {});
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
