import { randomBytes } from 'node:crypto';

// setupFile of vitest.log-mode.config.ts, run in each test file's process: every Tariff the file
// builds publishes to the ingest log and applies it in-process, on streams of its own (two
// Tariffs must not pull each other's messages from a shared consumer: `*`, config.ts).
process.env.TARIFF_INGEST = 'jetstream';
process.env.TARIFF_INGEST_APPLY = 'inprocess';
process.env.TARIFF_INGEST_PARTITIONS ??= '4';
process.env.TARIFF_INGEST_STREAM = `T${randomBytes(2).toString('hex').toUpperCase()}*`;
