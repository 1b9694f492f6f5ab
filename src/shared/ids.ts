import { monotonicFactory } from 'ulidx';

const ulid = monotonicFactory();

/** Id prefixes (DESIGN 5). A new resource adds its prefix here so that prefixes never collide. */
export type IdPrefix =
  | 'acct'
  | 'key'
  | 'cus'
  | 'mtr'
  | 'evt'
  | 'adj'
  | 'bi'
  | 'rc'
  | 'rate'
  | 'lf'
  | 'sa'
  | 'pp'
  | 'sub'
  | 'in'
  | 'il'
  | 'cn'
  | 'cg'
  | 'ctx'
  | 'clock'
  | 'je'
  | 'jt'
  | 'txn'
  | 'txr'
  | 'alrt'
  | 'we'
  | 'whe'
  | 'whd'
  | 'wha'
  | 'ev'
  | 'pay'
  | 'tu'
  | 'sph'
  | 'ii'
  | 'dfs';

/**
 * A new id: the prefix and a ULID. ULIDs sort by creation time, which is what cursor pagination
 * relies on (`starting_after` pages through ids in order).
 */
export function newId(prefix: IdPrefix): string {
  return `${prefix}_${ulid()}`;
}

/**
 * `newId` for ids made in bulk (a batch of events): the same seed time for all makes each id the
 * previous one plus one, with no fresh randomness per millisecond, which is what costs in `newId`.
 * Still unique and increasing with every other id of this process.
 */
export function newIdAt(prefix: IdPrefix, seedTime: number): string {
  return `${prefix}_${ulid(seedTime)}`;
}

export function hasPrefix(id: string, prefix: IdPrefix): boolean {
  return id.startsWith(`${prefix}_`);
}
