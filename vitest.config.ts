import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'clients/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // Every JSON answer of a route that declares its answers is checked against the OpenAPI
    // schema (src/http/openapi/response-validation.ts); child-process servers inherit it.
    env: { TARIFF_VALIDATE_RESPONSES: '1' },
    // expect.poll waits on real servers and browsers that share 2 cores with the rest of the suite.
    expect: { poll: { timeout: 60_000, interval: 100 } },
  },
});
