import { useEffect, useState } from 'react';
import { apiGet, withQuery } from '../../api/client.js';
import type { List, Subscription } from '../../api/types.js';
import type { LicenseFee } from '../../api/types-catalog.js';
import { planFees } from '../subscriptions/plan-fees.js';
import type { PlanFee } from '../subscriptions/proration.js';
import type { FeeInterval } from './metrics.js';

const MAX_PAGES = 20;

export interface FinanceData {
  subscriptions: Subscription[];
  /** Whether there were more subscriptions than the console reads (2,000). */
  truncated: boolean;
  fees: Map<string, PlanFee[]>;
  intervals: Map<string, FeeInterval>;
}

export const planKey = (s: Subscription) => `${s.pricing_plan}@${s.pricing_plan_version ?? ''}`;

async function load(signal: AbortSignal): Promise<FinanceData> {
  const subscriptions: Subscription[] = [];
  let cursor: string | undefined;
  let truncated = false;
  for (let i = 0; ; i++) {
    const page = await apiGet<List<Subscription>>(
      withQuery('/v1/subscriptions', { limit: 100, starting_after: cursor }),
      { signal },
    );
    subscriptions.push(...page.data);
    if (!page.has_more) break;
    if (i + 1 >= MAX_PAGES) {
      truncated = true;
      break;
    }
    cursor = page.data.at(-1)?.id;
  }
  // One preview per plan version in use, one read per license fee: not per subscription.
  const versions = new Map(subscriptions.map((s) => [planKey(s), s]));
  const fees = new Map<string, PlanFee[]>();
  await Promise.all(
    [...versions.entries()].map(async ([key, s]) => {
      fees.set(key, (await planFees(s.pricing_plan, s.pricing_plan_version, signal)).fees);
    }),
  );
  const feeIds = new Set([...fees.values()].flat().map((f) => f.id));
  const intervals = new Map<string, FeeInterval>();
  await Promise.all(
    [...feeIds].map(async (id) => {
      const fee = await apiGet<LicenseFee>(`/v1/license_fees/${id}`, { signal });
      intervals.set(id, { interval: fee.service_interval, count: fee.service_interval_count });
    }),
  );
  return { subscriptions, truncated, fees, intervals };
}

export function useFinance() {
  const [state, setState] = useState<{ data?: FinanceData; error?: Error }>({});
  useEffect(() => {
    const controller = new AbortController();
    load(controller.signal).then(
      (data) => setState({ data }),
      (error: Error) => error.name !== 'AbortError' && setState({ error }),
    );
    return () => controller.abort();
  }, []);
  return state;
}
