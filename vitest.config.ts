import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // expect.poll waits on real servers and browsers that share 2 cores with the rest of the suite.
    expect: { poll: { timeout: 60_000, interval: 100 } },
  },
});
