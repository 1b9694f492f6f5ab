import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadKeyring } from './key-source.js';
import { createKeyring, isSealed, keyId, newKey, parseKey } from './secret-box.js';

describe('secret box', () => {
  it('seals to enc:v1:<key id>:<iv>:<tag>:<ct> and opens it again', () => {
    const key = newKey();
    const ring = createKeyring(key);
    const sealed = ring.seal('sk_live_abc');
    expect(sealed).toMatch(/^enc:v1:[0-9a-f]{8}:[A-Za-z0-9_-]{16}:[A-Za-z0-9_-]{22}:[A-Za-z0-9_-]+$/);
    expect(sealed.split(':')[2]).toBe(keyId(key));
    expect(isSealed(sealed)).toBe(true);
    expect(ring.open(sealed)).toBe('sk_live_abc');
    // A fresh IV each time: the same secret never seals to the same string.
    expect(ring.seal('sk_live_abc')).not.toBe(sealed);
  });

  it('refuses altered values and keys it does not have', () => {
    const ring = createKeyring(newKey());
    const parts = ring.seal('whsec_1').split(':');
    const ct = Buffer.from(parts[5] as string, 'base64url');
    ct[0] = (ct[0] ?? 0) ^ 1;
    parts[5] = ct.toString('base64url');
    expect(() => ring.open(parts.join(':'))).toThrow(/failed authentication/);
    expect(() => createKeyring(newKey()).open(ring.seal('x'))).toThrow(/not configured/);
    expect(() => ring.open('whsec_plain')).toThrow(/Not a sealed secret/);
  });

  it('opens with any configured key and seals with the current one', () => {
    const old = newKey();
    const current = newKey();
    const sealedOld = createKeyring(old).seal('sk_test_1');
    const ring = createKeyring(current, [old]);
    expect(ring.open(sealedOld)).toBe('sk_test_1');
    expect(ring.keyIdOf(ring.seal('x'))).toBe(keyId(current));
    expect(ring.ids).toEqual([keyId(current), keyId(old)]);
  });

  it('takes a key as base64 or 64 hex characters, nothing else', () => {
    const key = newKey();
    expect(parseKey(key.toString('base64'), 'K').equals(key)).toBe(true);
    expect(parseKey(key.toString('base64url'), 'K').equals(key)).toBe(true);
    expect(parseKey(key.toString('hex'), 'K').equals(key)).toBe(true);
    for (const bad of [
      '',
      'secret',
      newKey().toString('hex').slice(2),
      Buffer.alloc(16).toString('base64'),
    ]) {
      expect(() => parseKey(bad, 'TARIFF_SECRET_KEY')).toThrow(/TARIFF_SECRET_KEY must be a 32-byte key/);
    }
  });
});

describe('key source', () => {
  const dir = mkdtempSync(join(tmpdir(), 'tariff-keys-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses TARIFF_SECRET_KEY (and TARIFF_SECRET_KEY_PREVIOUS) before any file', () => {
    const current = newKey();
    const previous = newKey();
    const env = {
      TARIFF_SECRET_KEY: current.toString('base64'),
      TARIFF_SECRET_KEY_PREVIOUS: previous.toString('hex'),
    };
    const loaded = loadKeyring({ dataDir: join(dir, 'env'), inMemory: false, env });
    expect(loaded.source).toEqual({ kind: 'env' });
    expect(loaded.keyring.ids).toEqual([keyId(current), keyId(previous)]);
    expect(existsSync(join(dir, 'env'))).toBe(false);
    expect(() => loadKeyring({ dataDir: dir, inMemory: false, env: { TARIFF_SECRET_KEY: 'short' } })).toThrow(
      /TARIFF_SECRET_KEY must be/,
    );
    expect(() =>
      loadKeyring({
        dataDir: dir,
        inMemory: false,
        env: { TARIFF_SECRET_KEY_PREVIOUS: current.toString('hex') },
      }),
    ).toThrow(/without TARIFF_SECRET_KEY/);
  });

  it('creates <data dir>/secret.key with mode 0600 (and its directory), then reads the same key', () => {
    const dataDir = join(dir, 'nested', 'data');
    const first = loadKeyring({ dataDir, inMemory: false, env: {} });
    const path = join(dataDir, 'secret.key');
    expect(first.source).toEqual({ kind: 'file', path });
    expect(statSync(path).mode & 0o777).toBe(0o600);
    expect(statSync(dataDir).mode & 0o077).toBe(0);
    expect(parseKey(readFileSync(path, 'utf8'), 'file').length).toBe(32);
    expect(loadKeyring({ dataDir, inMemory: false, env: {} }).keyring.currentId).toBe(
      first.keyring.currentId,
    );
  });

  it('refuses a key file readable by group or others', () => {
    const path = join(dir, 'loose.key');
    writeFileSync(path, newKey().toString('base64'));
    chmodSync(path, 0o644);
    expect(() =>
      loadKeyring({ dataDir: dir, inMemory: false, env: { TARIFF_SECRET_KEY_FILE: path } }),
    ).toThrow(/readable by group or others \(mode 0644\); run `chmod 600/);
    chmodSync(path, 0o600);
    expect(
      loadKeyring({ dataDir: dir, inMemory: false, env: { TARIFF_SECRET_KEY_FILE: path } }).source,
    ).toEqual({
      kind: 'file',
      path,
    });
  });

  it('gives in-memory stores one throwaway key per process unless the environment sets one', () => {
    const a = loadKeyring({ dataDir: 'memory://', inMemory: true, env: {} });
    const b = loadKeyring({ dataDir: 'memory://', inMemory: true, env: {} });
    expect(a.source).toEqual({ kind: 'ephemeral' });
    expect(b.keyring.currentId).toBe(a.keyring.currentId);
    expect(existsSync('memory://')).toBe(false);
    const key = newKey();
    const fromEnv = loadKeyring({
      dataDir: 'memory://',
      inMemory: true,
      env: { TARIFF_SECRET_KEY: key.toString('hex') },
    });
    expect(fromEnv.keyring.currentId).toBe(keyId(key));
  });
});
