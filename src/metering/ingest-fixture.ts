import { expect } from 'vitest';
import type { StoreKind } from '../db/store.js';
import { useTariff } from '../testing/harness.js';
import type { Formula } from './tables.js';

/** Shared by the ingestion edge tests (ingest-dimensions, ingest-refusals): all through the API. */
export interface BatchBody {
  results: { index: number; identifier: string | null; status: string; error?: { code: string } }[];
  accepted: number;
  duplicates: number;
  rejected: number;
}

export const outcome = (body: BatchBody) => body.results.map((r) => r.error?.code ?? r.status);

/**
 * A Tariff on `kind` with helpers to post a batch, make a meter and read a meter's total for the
 * customer `customer()` names (each test file makes its customer in its first test).
 */
export function useIngestFixture(kind: StoreKind, customer: () => string) {
  const h = useTariff(kind, new Date('2026-03-10T12:00:00Z'));
  let meterN = 0;
  return {
    h,
    batch: (events: unknown[]) => h.api.post<BatchBody>('/v1/meter_events/batch', { events }),
    async newCustomer(externalId: string): Promise<string> {
      return (await h.api.post('/v1/customers', { external_id: externalId })).body.id;
    },
    async newMeter(formula: Formula, dims: string[] = []) {
      const res = await h.api.post('/v1/meters', {
        event_name: `r${meterN++}_${formula}`,
        default_aggregation: { formula },
        ...(dims.length > 0 && { dimension_payload_keys: dims }),
      });
      expect(res.status).toBe(200);
      return res.body as { id: string; event_name: string };
    },
    async total(meter: string): Promise<string> {
      const res = await h.api.get(`/v1/meters/${meter}/usage`, {
        customer: customer(),
        start_time: '2026-03-01T00:00:00Z',
        end_time: '2026-03-11T00:00:00Z',
      });
      return res.body.data[0]?.value ?? '0';
    },
  };
}
