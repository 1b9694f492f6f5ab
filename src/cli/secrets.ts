import { copyFileSync, renameSync, rmSync } from 'node:fs';
import { SECRET_COLUMNS } from '../app/secrets.js';
import { NEXT_SUFFIX, PREVIOUS_SUFFIX, writeKeyFile } from '../security/key-source.js';
import { resealAll } from '../security/sealed-columns.js';
import { createKeyring, keyId, newKey, parseKey } from '../security/secret-box.js';
import { loadConfiguredKeyring, openConfiguredStore, type StoreFlags } from './open.js';

export interface RotateFlags extends StoreFlags {
  newKey?: string;
}

export interface RotateResult {
  readonly keyId: string;
  readonly resealed: number;
  readonly message: string;
}

/**
 * `tariff secrets rotate`: every stored secret re-sealed with a new key in one transaction.
 * With a key file, the new key is written beside the old one first (`secret.key.next`), so a
 * crash after the commit still leaves the key that opens the database on disk (the loader reads
 * `.next` and `.previous` too); then the old key becomes `secret.key.previous` and the new one
 * `secret.key`. With TARIFF_SECRET_KEY, the command prints what to set instead.
 */
export async function rotateSecrets(flags: RotateFlags): Promise<RotateResult> {
  const loaded = loadConfiguredKeyring(flags);
  if (loaded.source.kind === 'ephemeral')
    throw new Error('An in-memory store has a throwaway key: there is nothing to rotate.');
  const key = flags.newKey ? parseKey(flags.newKey, '--new-key') : newKey();
  if (keyId(key) === loaded.keyring.currentId) throw new Error('The new key is the current key.');
  const next = createKeyring(key);

  const file = loaded.source.kind === 'file' ? loaded.source.path : undefined;
  if (file) {
    rmSync(file + NEXT_SUFFIX, { force: true });
    writeKeyFile(file + NEXT_SUFFIX, key);
  }
  const store = await openConfiguredStore(flags);
  let resealed: number;
  try {
    resealed = await store.db
      .transaction()
      .execute((trx) => resealAll(trx, loaded.keyring, next, SECRET_COLUMNS));
  } catch (error) {
    if (file) rmSync(file + NEXT_SUFFIX, { force: true });
    throw error;
  } finally {
    await store.close();
  }

  const done = `${resealed} secret(s) re-sealed with key ${next.currentId}.`;
  if (file) {
    rmSync(file + PREVIOUS_SUFFIX, { force: true });
    copyFileSync(file, file + PREVIOUS_SUFFIX);
    renameSync(file + NEXT_SUFFIX, file);
    return {
      keyId: next.currentId,
      resealed,
      message: [
        done,
        `The new key is in ${file}; the old one is kept as ${file}${PREVIOUS_SUFFIX}.`,
        'Restart every running Tariff process, then delete the .previous file.',
      ].join('\n'),
    };
  }
  return {
    keyId: next.currentId,
    resealed,
    message: [
      done,
      'Set these for every Tariff process and restart them (until then they cannot open the re-sealed secrets):',
      `  TARIFF_SECRET_KEY=${key.toString('base64')}`,
      '  TARIFF_SECRET_KEY_PREVIOUS=<the TARIFF_SECRET_KEY used until now>',
      'Once every process runs with the new key, TARIFF_SECRET_KEY_PREVIOUS can go.',
    ].join('\n'),
  };
}
