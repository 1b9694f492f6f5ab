import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { responseProblem } from '../http/openapi/response-validation.js';
import { batchResultJson, resultJson } from './batch-json.js';
import type { BatchResult, EventResult } from './ingest.js';
import { MeterEventBatchResult } from './meter-schema.js';

const result: fc.Arbitrary<EventResult> = fc.record(
  {
    index: fc.nat(),
    identifier: fc.option(fc.string({ unit: 'binary' })),
    status: fc.constantFrom('accepted' as const, 'duplicate' as const, 'rejected' as const),
    error: fc.record(
      { code: fc.constant('invalid_value' as const), message: fc.string(), param: fc.string() },
      { requiredKeys: ['code', 'message'] },
    ),
  },
  { requiredKeys: ['index', 'identifier', 'status'] },
);

describe('batchResultJson', () => {
  it('is JSON.stringify of the answer built object by object', () => {
    fc.assert(
      fc.property(fc.array(result, { maxLength: 20 }), fc.nat(), fc.nat(), fc.nat(), (results, a, d, r) => {
        const batch: BatchResult = {
          results,
          accepted: a,
          duplicates: d,
          rejected: r,
          arrivedAt: new Date(0),
        };
        const expected = {
          object: 'meter_event_batch',
          results: results.map(resultJson),
          accepted: a,
          duplicates: d,
          rejected: r,
        };
        expect(batchResultJson(batch)).toBe(JSON.stringify(expected));
        expect(JSON.parse(batchResultJson(batch))).toEqual(expected);
        // The route sends this text as is, so nothing else checks it against its declared schema.
        expect(responseProblem({ 200: MeterEventBatchResult }, 200, expected)).toBeNull();
      }),
    );
  });
});
