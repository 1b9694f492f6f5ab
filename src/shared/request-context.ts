import { AsyncLocalStorage } from 'node:async_hooks';
import { FULL_ACCESS, type Permissions } from './permissions.js';

/** Who acts: an API key, the `tariff` command, the background worker, or Tariff itself. */
export type Actor =
  | { readonly type: 'api_key'; readonly id: string; readonly name: string }
  | { readonly type: 'cli'; readonly name: string }
  | { readonly type: 'worker'; readonly name: string }
  | { readonly type: 'system'; readonly name: string }
  | { readonly type: 'anonymous'; readonly name: string };

export type Mode = 'live' | 'test';

/**
 * What every unit of work carries: built once per HTTP request (after authentication), once per
 * worker job and once per CLI command. Permissions are checked from it before the handler runs;
 * the audit record is written from it by the database itself (see src/audit), so no route or
 * service can forget either.
 */
export interface RequestContext {
  readonly actor: Actor;
  readonly mode: Mode;
  /** The API key's own mode, when a key acts: a live key may act in test mode, never the reverse. */
  readonly keyMode?: Mode;
  /** What the actor may do; the CLI, the worker and Tariff itself hold everything. */
  readonly permissions: Permissions;
  /** `req_…` for HTTP; `job_<name>` or `cli_<command>` otherwise. */
  readonly requestId: string;
  /** `POST /v1/customers/:id` (the route pattern), a job name, or a CLI command. */
  readonly route: string | null;
  /** The path as sent, for HTTP. */
  readonly path: string | null;
}

const storage = new AsyncLocalStorage<RequestContext>();

/** Runs `fn` with `ctx` as the current context; everything it awaits sees the same context. */
export function runWithContext<T>(ctx: RequestContext, fn: () => T): T {
  return storage.run(ctx, fn);
}

/** The context of the unit of work in progress, if any. */
export function currentContext(): RequestContext | undefined {
  return storage.getStore();
}

export function systemContext(type: 'cli' | 'worker' | 'system', name: string): RequestContext {
  return {
    actor: { type, name },
    mode: 'live',
    permissions: FULL_ACCESS,
    requestId: `${type}_${name}`,
    route: name,
    path: null,
  };
}

/**
 * Runs `fn` in `mode`: the current unit of work's context with its mode replaced, or Tariff's own
 * context in that mode. A mode selects the data a query reaches (src/db/modes.ts), so background
 * work that serves both modes runs once per mode through this.
 */
export function runInMode<T>(mode: Mode, fn: () => T): T {
  const ctx = currentContext() ?? systemContext('system', 'tariff');
  return storage.run(ctx.mode === mode ? ctx : { ...ctx, mode }, fn);
}

/** The mode of the unit of work in progress: live outside any context. */
export function currentMode(): Mode {
  return currentContext()?.mode ?? 'live';
}
