import { billingBench } from './billing.js';
import { entitlementsBench } from './entitlements.js';
import { ingestBench } from './ingest.js';
import { meteringBench } from './metering.js';
import { scaleBench } from './scale.js';
import type { BenchSection } from './section.js';

export type { BenchOptions, BenchRow, BenchSection } from './section.js';

/**
 * Every section `npm run bench` runs, in order. A slice adds its own file beside metering.ts
 * (e.g. `bench/billing.ts`) and one line here.
 */
export const sections: BenchSection[] = [
  meteringBench,
  ingestBench,
  billingBench,
  scaleBench,
  entitlementsBench,
];
