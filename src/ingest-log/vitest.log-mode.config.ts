import { defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

/**
 * The metering suite in log mode (TARIFF_INGEST=jetstream, a real nats-server):
 * `npx vitest run -c src/ingest-log/vitest.log-mode.config.ts src/metering`.
 * Only these files are run by `npm test` in log mode (src/ingest-log/log-mode.test.ts);
 * this config lets you run any other metering file the same way.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      globalSetup: ['src/ingest-log/log-mode.global.ts'],
      setupFiles: ['src/ingest-log/log-mode.setup.ts'],
    },
  }),
);
