import type { ResolvedPlan } from '../catalog/resolved-plan.js';
import type { Interval } from '../core/time/interval.js';

/**
 * Resolved plans as plain values, for engine tests that do not go through the catalog. Each
 * has one license fee and/or one per-unit rate on a meter given by the test.
 */
export function fixturePlan(input: {
  id: string;
  currency: string;
  fee?: string;
  feeInterval?: Interval;
  usage?: { meterId: string; unitAmount: string; interval?: Interval };
}): ResolvedPlan {
  const month: Interval = { unit: 'month', count: 1 };
  return {
    id: input.id,
    name: input.id,
    version: 1,
    currency: input.currency,
    licenseFees: input.fee
      ? [
          {
            id: `lf_${input.id}`,
            version: 1,
            name: `${input.id} fee`,
            licensedItem: {
              id: `bi_fee_${input.id}`,
              type: 'licensed',
              name: `${input.id} seat`,
              lookupKey: null,
              unitLabel: null,
              meterId: null,
              meterFilter: null,
            },
            currency: input.currency,
            unitAmount: input.fee,
            serviceInterval: input.feeInterval ?? month,
          },
        ]
      : [],
    rateCards: input.usage
      ? [
          {
            id: `rc_${input.id}`,
            version: 1,
            name: `${input.id} usage`,
            currency: input.currency,
            serviceInterval: input.usage.interval ?? month,
            rates: [
              {
                id: `rate_${input.id}`,
                billableItem: {
                  id: `bi_use_${input.id}`,
                  type: 'metered',
                  name: 'API calls',
                  lookupKey: null,
                  unitLabel: null,
                  meterId: input.usage.meterId,
                  meterFilter: null,
                },
                price: { type: 'per_unit', unit_amount: input.usage.unitAmount },
              },
            ],
          },
        ]
      : [],
    serviceActions: [],
  };
}
