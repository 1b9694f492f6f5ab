import { afterAll } from 'vitest';

/**
 * Every test file runs in the one worker process that ran the files before it
 * (`isolate: false`, vitest.config.ts): whatever a file sets in `process.env` (a rate limit for
 * the servers it starts, a secret key, a database URL) is put back as it was when the file
 * ends, so it never reaches the servers and stores of the files after it. Setup files run
 * before each test file, so each file takes its own snapshot.
 */
const before = { ...process.env };

afterAll(() => {
  for (const name of Object.keys(process.env)) if (!(name in before)) delete process.env[name];
  Object.assign(process.env, before);
});
