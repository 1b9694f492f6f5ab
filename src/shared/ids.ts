import { randomFillSync } from 'node:crypto';
import { monotonicFactory } from 'ulidx';

/**
 * Random bytes drawn 4 KB at a time: a ULID needs 16 random characters, and one system call per
 * character (ulidx's default) costs about 100 µs per id on a VM where system calls are dear.
 */
function pooledRandom(): () => number {
  const pool = Buffer.alloc(4096);
  let at = pool.length;
  return () => {
    if (at === pool.length) {
      randomFillSync(pool);
      at = 0;
    }
    // A byte over 256: ulidx takes floor(x * 32), so each of the 32 characters is equally likely.
    return (pool[at++] as number) / 256;
  };
}

/** Pooled randomness for anything that needs unguessable bytes often (ids, request ids). */
export const random = pooledRandom();

const ulid = monotonicFactory(random);

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
  | 'co'
  | 'promo'
  | 'di'
  | 'pmig'
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
  | 'feat'
  | 'fent'
  | 'egr'
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

const CROCKFORD = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
const BLOCK = 32 ** 3;

/**
 * Ids made in bulk (a batch of events): one ULID for the block, then a three-character Crockford
 * base-32 ordinal after it, so the n-th id costs a string concatenation instead of fresh
 * randomness. Unique (every block starts from a new ULID of this process, and ULIDs of other
 * processes differ in their random part) and increasing: a block's ids sort after every id made
 * before it and before every id made after it, since each starts with its block's ULID.
 */
export function newIdBlock(prefix: IdPrefix): () => string {
  let base = '';
  let n = BLOCK;
  return () => {
    if (n === BLOCK) {
      base = `${prefix}_${ulid()}`;
      n = 0;
    }
    const id = base + CROCKFORD[(n >> 10) & 31] + CROCKFORD[(n >> 5) & 31] + CROCKFORD[n & 31];
    n++;
    return id;
  };
}

export function hasPrefix(id: string, prefix: IdPrefix): boolean {
  return id.startsWith(`${prefix}_`);
}
