import { apiPost } from '../../api/client.js';
import type { PlanPreview, Rate } from '../../api/types-catalog.js';

/**
 * What the plan version charges today for each quantity of one rate's billable item, from
 * `POST /v1/pricing_plans/{id}/preview` (one request per quantity, in parallel). Keyed by quantity.
 */
export async function savedAmounts(
  plan: { id: string; version: number },
  rate: Rate,
  quantities: string[],
  signal: AbortSignal,
): Promise<Map<string, string>> {
  const answers = await Promise.all(
    quantities.map((q) =>
      apiPost<PlanPreview>(
        `/v1/pricing_plans/${plan.id}/preview`,
        { version: plan.version, quantities: { [rate.billable_item]: q } },
        { signal },
      ),
    ),
  );
  const amounts = new Map<string, string>();
  answers.forEach((answer, i) => {
    const line =
      answer.lines.find((l) => l.rate === rate.id) ??
      answer.lines.find((l) => l.billable_item === rate.billable_item);
    const q = quantities[i];
    if (line && q !== undefined) amounts.set(q, line.amount);
  });
  return amounts;
}
