import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Secrets at rest (Stripe keys, webhook signing secrets) are sealed with AES-256-GCM. The stored
 * string names the key that sealed it, so a keyring holding the current and the previous key
 * reads both while a rotation is under way:
 *
 *   enc:v1:<key id>:<iv b64url>:<tag b64url>:<ciphertext b64url>
 *
 * The key id is the first 8 hex characters of sha256(key): enough to pick the key, useless to
 * an attacker.
 */
export const SEALED_PREFIX = 'enc:';
const VERSION = 'v1';
const KEY_BYTES = 32;
const IV_BYTES = 12;

export interface Keyring {
  /** The id of the key new values are sealed with. */
  readonly currentId: string;
  /** Every key id this keyring opens, current first. */
  readonly ids: readonly string[];
  seal(plain: string): string;
  /** Opens a sealed value; throws when the key is unknown or the value was tampered with. */
  open(sealed: string): string;
  /** The key id a sealed value names (undefined for plain text or a malformed value). */
  keyIdOf(value: string): string | undefined;
}

/** Values written before encryption existed (or by hand) do not carry the prefix. */
export function isSealed(value: string): boolean {
  return value.startsWith(SEALED_PREFIX);
}

export function keyId(key: Buffer): string {
  return createHash('sha256').update(key).digest('hex').slice(0, 8);
}

/**
 * A key as configured: 64 hex characters or base64 (standard or url-safe) of exactly 32 bytes.
 * Anything else is refused, naming where it came from, so a typo fails at startup instead of
 * sealing secrets with a key nobody can reproduce.
 */
export function parseKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  if (/^[0-9a-fA-F]{64}$/.test(trimmed)) return Buffer.from(trimmed, 'hex');
  if (/^[A-Za-z0-9+/_-]{43}=?$/.test(trimmed)) {
    const key = Buffer.from(trimmed.replace(/-/g, '+').replace(/_/g, '/'), 'base64');
    if (key.length === KEY_BYTES) return key;
  }
  throw new Error(
    `${source} must be a 32-byte key as base64 (44 characters) or 64 hex characters; generate one with \`openssl rand -base64 32\`.`,
  );
}

export function newKey(): Buffer {
  return randomBytes(KEY_BYTES);
}

/** Seals with `current`; opens with `current` or any of `previous`. */
export function createKeyring(current: Buffer, previous: readonly Buffer[] = []): Keyring {
  for (const k of [current, ...previous]) {
    if (k.length !== KEY_BYTES) throw new Error(`A secret key must be ${KEY_BYTES} bytes.`);
  }
  const keys = new Map<string, Buffer>();
  for (const k of [current, ...previous]) keys.set(keyId(k), k);
  const currentId = keyId(current);

  function parts(value: string) {
    const p = value.split(':');
    if (p.length !== 6 || p[0] !== 'enc' || p[1] !== VERSION) return undefined;
    return { id: p[2] as string, iv: p[3] as string, tag: p[4] as string, ct: p[5] as string };
  }

  return {
    currentId,
    ids: [...keys.keys()],
    seal(plain) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', current, iv);
      const ct = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [
        'enc',
        VERSION,
        currentId,
        iv.toString('base64url'),
        tag.toString('base64url'),
        ct.toString('base64url'),
      ].join(':');
    },
    open(sealed) {
      const p = parts(sealed);
      if (!p) throw new Error('Not a sealed secret (expected enc:v1:…).');
      const key = keys.get(p.id);
      if (!key)
        throw new Error(
          `This secret was sealed with key ${p.id}, which is not configured (configured: ${[...keys.keys()].join(', ')}).`,
        );
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(p.iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(p.tag, 'base64url'));
      try {
        return Buffer.concat([decipher.update(Buffer.from(p.ct, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        throw new Error(`A secret sealed with key ${p.id} failed authentication (altered or corrupt).`);
      }
    },
    keyIdOf: (value) => parts(value)?.id,
  };
}

let ephemeral: Keyring | undefined;

/**
 * One random key per process, for in-memory stores and tests: several Tariff instances in one
 * process (a restart inside a test) share it, and nothing sealed with it outlives the process.
 */
export function ephemeralKeyring(): Keyring {
  ephemeral ??= createKeyring(newKey());
  return ephemeral;
}
