import type { FastifyBaseLogger } from 'fastify';
import type { Clock } from '../core/time/clock.js';
import type { Db } from '../db/store.js';

/** What every service is built from: storage, a clock and a logger. Wired by hand in app/compose.ts. */
export interface ServiceContext {
  readonly db: Db;
  readonly clock: Clock;
  readonly log: FastifyBaseLogger;
}
