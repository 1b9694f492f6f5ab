import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'clients/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // One worker process runs every file (2 cores: vitest runs one file at a time) and keeps the
    // modules it imported: each file importing the whole app afresh cost about 5 s per file, and
    // the suite 2,027 s against 1,490 s shared (2026-12-05, same machine, same 200 files). Safe
    // because no test mocks a module, stubs a global or installs fake timers; each file makes
    // its own stores, apps and servers. A test that needs any of those must restore it itself;
    // the environment is put back after each file for every test (restore-env.setup.ts).
    isolate: false,
    setupFiles: ['src/testing/restore-env.setup.ts'],
    // Every JSON answer of a route that declares its answers is checked against the OpenAPI
    // schema (src/http/openapi/response-validation.ts); child-process servers inherit it.
    env: { TARIFF_VALIDATE_RESPONSES: '1' },
    // expect.poll waits on real servers and browsers that share 2 cores with the rest of the suite.
    expect: { poll: { timeout: 60_000, interval: 100 } },
  },
});
