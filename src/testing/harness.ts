import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createTariff, type Tariff } from '../app/compose.js';
import { type Clock, manualClock } from '../core/time/clock.js';
import type { StoreKind } from '../db/store.js';
import { DEFAULT_LIMITS } from '../http/server.js';
import { type Mode, runInMode } from '../shared/request-context.js';
import { freshStore, type TestStore } from './stores.js';

export const TEST_KEY = 'sk_test_tariff_harness_key_0000000000';
/** The harness's key in test mode (`useTariff(kind, start, { mode: 'test' })`): test clocks live there. */
export const TEST_MODE_KEY = 'sk_test_tariff_harness_test_mode_0000';

export interface ApiResponse<T = any> {
  status: number;
  body: T;
  headers: LightMyRequestResponse['headers'];
}

export interface Api {
  get<T = any>(path: string, query?: Record<string, string | number | undefined>): Promise<ApiResponse<T>>;
  post<T = any>(
    path: string,
    body?: unknown,
    options?: { idempotencyKey?: string; headers?: Record<string, string> },
  ): Promise<ApiResponse<T>>;
  del<T = any>(path: string): Promise<ApiResponse<T>>;
  raw(options: InjectOptions): Promise<LightMyRequestResponse>;
}

function wrap(res: LightMyRequestResponse): ApiResponse {
  let body: unknown = res.body;
  try {
    body = res.json();
  } catch {
    // not JSON (PDF, CSV): keep the text
  }
  return { status: res.statusCode, body, headers: res.headers };
}

export function apiFor(tariff: Tariff, key = TEST_KEY, mode?: Mode): Api {
  // With a mode, a live key acts in it (`Tariff-Mode`), as the console's test-mode switch does.
  const auth = { authorization: `Bearer ${key}`, ...(mode ? { 'tariff-mode': mode } : {}) };
  return {
    async get(path, query) {
      const qs = query
        ? `?${new URLSearchParams(Object.entries(query).filter(([, v]) => v !== undefined) as [string, string][]).toString()}`
        : '';
      return wrap(await tariff.app.inject({ method: 'GET', url: path + qs, headers: auth }));
    },
    async post(path, body, options = {}) {
      return wrap(
        await tariff.app.inject({
          method: 'POST',
          url: path,
          headers: {
            ...auth,
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...(options.idempotencyKey ? { 'idempotency-key': options.idempotencyKey } : {}),
            ...options.headers,
          },
          ...(body === undefined ? {} : { payload: JSON.stringify(body) }),
        }),
      );
    },
    async del(path) {
      return wrap(await tariff.app.inject({ method: 'DELETE', url: path, headers: auth }));
    },
    raw: (options) => tariff.app.inject(options),
  };
}

export interface Harness {
  readonly kind: StoreKind;
  tariff: Tariff;
  api: Api;
  store: TestStore;
  clock: Clock & { set(to: Date): void; advance(ms: number): void };
  /** Runs a direct service call in the block's mode (live unless `useTariff(…, { mode: 'test' })`). */
  inMode<T>(fn: () => T): T;
}

/**
 * A Tariff on a fresh store for one `describe` block: the app in-process (Fastify inject, no
 * port), a manual clock, a known API key. Use inside `describe.each(TEST_STORES)`.
 */
export function useTariff(
  kind: StoreKind,
  start = new Date('2026-03-01T00:00:00Z'),
  options: { mode?: Mode } = {},
): Harness {
  const h = { kind, inMode: (fn) => runInMode(options.mode ?? 'live', fn) } as Harness;
  beforeAll(async () => {
    // A test-mode block's direct service calls and queries reach test mode too.
    h.store = await freshStore(kind, options.mode);
    h.clock = manualClock(start);
    // Tests deliver webhooks and Stripe calls to servers on 127.0.0.1: internal targets allowed.
    h.tariff = await createTariff({
      store: h.store,
      clock: h.clock,
      logger: pino({ level: 'silent' }),
      outbound: { allowPrivate: true },
      // Without the per-key request limit (1,000/s): an in-process scenario that walks every
      // route on PostgreSQL sends more than that, and got 429s where it checks other answers.
      // src/http/limits.test.ts tests the limiter with limits of its own.
      limits: { ...DEFAULT_LIMITS, perKey: 0 },
    });
    await h.tariff.services.keys.ensure(TEST_KEY, 'test');
    // A test-mode block acts as the console in test mode does: the live key with
    // `Tariff-Mode: test`. TEST_MODE_KEY, a test-mode key, is there for tests that need one.
    if (options.mode === 'test') await h.tariff.services.keys.ensure(TEST_MODE_KEY, 'test mode', 'test');
    await h.tariff.app.ready();
    h.api = apiFor(h.tariff, TEST_KEY, options.mode);
  });
  afterAll(async () => {
    await h.tariff?.worker.stop();
    await h.tariff?.app.close();
    await h.store?.dispose();
  });
  return h;
}
