import { randomBytes } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readFileSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { createKeyring, ephemeralKeyring, type Keyring, newKey, parseKey } from './secret-box.js';

export type KeySource =
  | { readonly kind: 'env' }
  | { readonly kind: 'file'; readonly path: string }
  | { readonly kind: 'ephemeral' };

export interface LoadedKeyring {
  readonly keyring: Keyring;
  readonly source: KeySource;
  /** The current key itself: the rotation command keeps it as the previous key. */
  readonly currentKey: Buffer | undefined;
}

export interface KeySourceOptions {
  /** PGlite data directory (also where PostgreSQL installations keep their key file). */
  readonly dataDir: string;
  /** An in-memory store: nothing outlives the process, so a random key will do. */
  readonly inMemory: boolean;
  readonly env?: NodeJS.ProcessEnv;
}

/** `secret.key.previous` (kept by a rotation) and `secret.key.next` (a rotation cut short) open old values. */
export const PREVIOUS_SUFFIX = '.previous';
export const NEXT_SUFFIX = '.next';

export function keyFilePath(options: Pick<KeySourceOptions, 'dataDir' | 'env'>): string {
  const env = options.env ?? process.env;
  return env.TARIFF_SECRET_KEY_FILE || join(options.dataDir, 'secret.key');
}

/**
 * Where the key comes from, first match wins: `TARIFF_SECRET_KEY` (+ optional
 * `TARIFF_SECRET_KEY_PREVIOUS`), a random per-process key for in-memory stores, else the key file
 * (`TARIFF_SECRET_KEY_FILE` or `<data dir>/secret.key`), created on first start.
 */
export function loadKeyring(options: KeySourceOptions): LoadedKeyring {
  const env = options.env ?? process.env;
  if (env.TARIFF_SECRET_KEY) {
    const current = parseKey(env.TARIFF_SECRET_KEY, 'TARIFF_SECRET_KEY');
    const previous = env.TARIFF_SECRET_KEY_PREVIOUS
      ? [parseKey(env.TARIFF_SECRET_KEY_PREVIOUS, 'TARIFF_SECRET_KEY_PREVIOUS')]
      : [];
    return { keyring: createKeyring(current, previous), source: { kind: 'env' }, currentKey: current };
  }
  if (env.TARIFF_SECRET_KEY_PREVIOUS)
    throw new Error('TARIFF_SECRET_KEY_PREVIOUS is set without TARIFF_SECRET_KEY.');
  if (options.inMemory && !env.TARIFF_SECRET_KEY_FILE)
    return { keyring: ephemeralKeyring(), source: { kind: 'ephemeral' }, currentKey: undefined };

  const path = keyFilePath(options);
  if (!existsSync(path)) writeKeyFile(path, newKey(), { keepExisting: true });
  const current = readKeyFile(path);
  const older = [path + NEXT_SUFFIX, path + PREVIOUS_SUFFIX].filter(existsSync).map(readKeyFile);
  return { keyring: createKeyring(current, older), source: { kind: 'file', path }, currentKey: current };
}

/** Reads a key file, refusing one that group or others can read: it unlocks every stored secret. */
export function readKeyFile(path: string): Buffer {
  if (process.platform !== 'win32') {
    const mode = statSync(path).mode & 0o777;
    if (mode & 0o077)
      throw new Error(
        `The secret key file ${path} is readable by group or others (mode ${mode.toString(8).padStart(4, '0')}); run \`chmod 600 ${path}\`.`,
      );
  }
  return parseKey(readFileSync(path, 'utf8'), `The secret key file ${path}`);
}

/**
 * Writes a new key file with mode 0600 (its directory 0700 when created), never overwriting: the
 * key is written whole to a temporary file and hard-linked into place, so processes starting at
 * once on a fresh installation never read a half-written key, and one of them wins. With
 * `keepExisting`, losing that race is fine (the winner's key is used); otherwise it is an error.
 */
export function writeKeyFile(path: string, key: Buffer, options: { keepExisting?: boolean } = {}): void {
  mkdirSync(dirname(path), { recursive: true, mode: 0o700 });
  const tmp = `${path}.${randomBytes(6).toString('hex')}.tmp`;
  const fd = openSync(tmp, 'wx', 0o600);
  try {
    writeSync(fd, `${key.toString('base64')}\n`);
  } finally {
    closeSync(fd);
  }
  // The umask may have narrowed the mode further, never widened it; make it exact anyway.
  chmodSync(tmp, 0o600);
  try {
    linkSync(tmp, path);
  } catch (error) {
    if (!(options.keepExisting && (error as NodeJS.ErrnoException).code === 'EEXIST')) throw error;
  } finally {
    rmSync(tmp, { force: true });
  }
}
