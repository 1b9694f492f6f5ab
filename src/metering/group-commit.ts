import { type RequestContext, runWithContext, systemContext } from '../shared/request-context.js';

export interface GroupCommitOptions {
  /**
   * The longest a request waits for company, in ms. A group is written at once when no other
   * group is being written; otherwise it waits for one to finish, or this long, whichever comes
   * first. 0 turns grouping off: every item is written alone, as it arrives.
   */
  readonly windowMs: number;
  /** A group reaching this size is written at once. */
  readonly maxItems: number;
  /** Groups being written at the same time before new arrivals wait for one to finish. */
  readonly maxInFlight: number;
}

export const DEFAULT_GROUP_COMMIT: GroupCommitOptions = { windowMs: 2, maxItems: 1000, maxInFlight: 2 };

/** TARIFF_GROUP_COMMIT_MS: the longest a single event waits for company (0: no grouping). */
export function groupCommitFromEnv(env: NodeJS.ProcessEnv = process.env): GroupCommitOptions {
  const raw = env.TARIFF_GROUP_COMMIT_MS;
  if (raw === undefined || raw === '') return DEFAULT_GROUP_COMMIT;
  const windowMs = Number(raw);
  if (!Number.isFinite(windowMs) || windowMs < 0 || windowMs > 1000)
    throw new Error('TARIFF_GROUP_COMMIT_MS must be a number of milliseconds from 0 to 1000.');
  return { ...DEFAULT_GROUP_COMMIT, windowMs };
}

/** One item's outcome in a group: its answer, or the error that failed it. */
export type Outcome<R> =
  | { readonly ok: true; readonly value: R }
  | { readonly ok: false; readonly error: unknown };

interface Waiting<T, R> {
  readonly item: T;
  resolve(value: R): void;
  reject(error: unknown): void;
}

/**
 * Group commit: items submitted by concurrent requests are written together, by ONE call of
 * `write` (one statement, one commit), and each request is answered only when that call has
 * returned, i.e. after the commit. `write` answers every item of a group in order.
 *
 * If `write` fails as a whole for a group of several items (a broken connection, or one item
 * that makes the statement fail), each item is written again alone: an item's failure stays its
 * own, as if the items had been sent one by one.
 *
 * Groups are written in the context `context` (the default: Tariff itself), not in the context of
 * whichever request happened to start the group: the database driver hands the context to each
 * connection as a session setting, and one fixed context is set once per connection instead of
 * once per group. What a group writes (meter events) is not audited per row.
 */
export function createGroupCommit<T, R>(
  write: (items: readonly T[]) => Promise<readonly Outcome<R>[]>,
  options: GroupCommitOptions = DEFAULT_GROUP_COMMIT,
  context: RequestContext = systemContext('system', 'metering-group-commit'),
) {
  let pending: Waiting<T, R>[] = [];
  let inFlight = 0;
  let timer: NodeJS.Timeout | undefined;
  let immediate: NodeJS.Immediate | undefined;

  async function run(group: Waiting<T, R>[]): Promise<void> {
    let outcomes: readonly Outcome<R>[];
    try {
      outcomes = await runWithContext(context, () => write(group.map((w) => w.item)));
    } catch (error) {
      if (group.length === 1) {
        group[0]?.reject(error);
        return;
      }
      // Alone, one after the other: in the order they came, as one-by-one sending would.
      for (const w of group) await run([w]);
      return;
    }
    group.forEach((w, i) => {
      const o = outcomes[i];
      if (!o) w.reject(new Error('group commit: no answer for an item'));
      else if (o.ok) w.resolve(o.value);
      else w.reject(o.error);
    });
  }

  function flush(): void {
    if (timer) clearTimeout(timer);
    if (immediate) clearImmediate(immediate);
    timer = undefined;
    immediate = undefined;
    if (pending.length === 0) return;
    const group = pending.slice(0, options.maxItems);
    pending = pending.slice(group.length);
    inFlight++;
    void run(group).finally(() => {
      inFlight--;
      // Whoever arrived while this group was written goes now, without waiting for the timer.
      if (pending.length > 0 && inFlight < options.maxInFlight) schedule();
    });
    if (pending.length > 0) schedule();
  }

  function schedule(): void {
    if (pending.length >= options.maxItems) flush();
    else if (inFlight < options.maxInFlight) {
      // The requests parsed in this turn of the event loop join; nobody waits for the clock.
      immediate ??= setImmediate(flush);
    } else {
      timer ??= setTimeout(flush, options.windowMs);
    }
  }

  return {
    submit(item: T): Promise<R> {
      if (options.windowMs <= 0)
        return runWithContext(context, () => write([item])).then((o) => {
          const first = o[0];
          if (!first) throw new Error('group commit: no answer for an item');
          if (!first.ok) throw first.error;
          return first.value;
        });
      return new Promise<R>((resolve, reject) => {
        pending.push({ item, resolve, reject });
        schedule();
      });
    },
  };
}

export type GroupCommit<T, R> = ReturnType<typeof createGroupCommit<T, R>>;
