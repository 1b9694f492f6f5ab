import { apiPost } from '../../api/client.js';
import type { Price } from '../../api/types.js';
import type { Rate } from '../../api/types-catalog.js';

export interface PreviewRow {
  quantity: string;
  amount: string;
}

/** Asks the catalog to price quantities with a candidate price for one rate of a plan. */
export async function fetchPreview(
  planId: string,
  rate: Rate,
  price: Price,
  quantities: string[],
  signal: AbortSignal,
): Promise<PreviewRow[]> {
  const answer = await apiPost<{ data: PreviewRow[] }>(
    `/v1/pricing_plans/${planId}/preview`,
    { rate: rate.id, price, quantities },
    { signal },
  );
  return answer.data;
}
