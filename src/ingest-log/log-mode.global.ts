import { type NatsServer, startNatsServer } from './nats-server.js';

/**
 * globalSetup of vitest.log-mode.config.ts: one real nats-server for the run (each test file gets
 * its own streams, log-mode.setup.ts), stopped at the end.
 */
let server: NatsServer | undefined;

export async function setup(): Promise<void> {
  server = await startNatsServer();
  process.env.NATS_URL = server.url;
}

export async function teardown(): Promise<void> {
  await server?.stop();
}
