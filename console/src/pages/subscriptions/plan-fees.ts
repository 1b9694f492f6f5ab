import { useEffect, useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { PlanPreview } from '../../api/types-catalog.js';
import type { PlanFee } from './proration.js';

export interface PlanFees {
  currency: string;
  fees: PlanFee[];
}

/**
 * The license fees of a plan version with their unit prices, read from the plan's preview (one
 * request, the same resolution of fee versions the server bills with).
 */
export async function planFees(planId: string, version: number | undefined, signal?: AbortSignal) {
  const preview = await apiPost<PlanPreview>(
    `/v1/pricing_plans/${encodeURIComponent(planId)}/preview`,
    version === undefined ? {} : { version },
    signal ? { signal } : {},
  );
  const fees = preview.lines
    .filter((l) => l.type === 'license_fee' && l.license_fee)
    .map((l) => ({
      id: l.license_fee ?? '',
      name: l.description,
      billableItem: l.billable_item,
      unitAmount: l.unit_amount ?? '0',
    }));
  return { currency: preview.currency, fees } satisfies PlanFees;
}

export function usePlanFees(planId: string | undefined, version?: number) {
  const [state, setState] = useState<{ data?: PlanFees; error?: Error }>({});
  useEffect(() => {
    setState({});
    if (!planId) return;
    const controller = new AbortController();
    planFees(planId, version, controller.signal).then(
      (data) => setState({ data }),
      (error: Error) => error.name !== 'AbortError' && setState({ error }),
    );
    return () => controller.abort();
  }, [planId, version]);
  return state;
}
