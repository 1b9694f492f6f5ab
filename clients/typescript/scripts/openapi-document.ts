import pino from 'pino';
import { createTariff } from '../../../src/app/compose.js';
import { freshStore } from '../../../src/testing/stores.js';

/**
 * The `/openapi.json` that the current sources serve, built in-process on an in-memory PGlite: the
 * generator and the staleness test read the very document a server started from this checkout
 * would answer, without a port or a build.
 */
export async function currentOpenApiDocument(): Promise<Record<string, unknown>> {
  const store = await freshStore('pglite');
  try {
    const tariff = await createTariff({ store, logger: pino({ level: 'silent' }) });
    try {
      const res = await tariff.app.inject({ method: 'GET', url: '/openapi.json' });
      if (res.statusCode !== 200) throw new Error(`/openapi.json answered ${res.statusCode}`);
      return res.json() as Record<string, unknown>;
    } finally {
      await tariff.worker.stop();
      await tariff.app.close();
    }
  } finally {
    await store.dispose();
  }
}
