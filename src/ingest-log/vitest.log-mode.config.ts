import { configDefaults, defineConfig, mergeConfig } from 'vitest/config';
import base from '../../vitest.config.js';

/**
 * The metering suite in log mode (TARIFF_INGEST=jetstream, a real nats-server):
 * `npx vitest run -c src/ingest-log/vitest.log-mode.config.ts src/metering`.
 * `npm run test:log-mode` runs the whole metering suite so (CI runs it after `npm test`);
 * any one file runs the same way with this config.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      // Each file in its own process, as before the main suite shared one: log-mode.setup.ts
      // gives each file its own stream name through the environment, read when modules load.
      isolate: true,
      globalSetup: ['src/ingest-log/log-mode.global.ts'],
      setupFiles: ['src/ingest-log/log-mode.setup.ts'],
      // The direct path's inserts (group commit, and the direct sinks' conformance suite): in log
      // mode the publisher replaces them, and their tests compare synchronous duplicate answers.
      exclude: [...configDefaults.exclude, 'src/metering/group-commit.test.ts', 'src/metering/sink.test.ts'],
    },
  }),
);
