import { useEffect, useState } from 'react';
import { apiGet } from '../../api/client.js';
import type { RevenueSummary } from '../../api/types-more.js';

export type MonthSummary = RevenueSummary & { start_time: string; end_time: string };

export interface Summaries {
  byMonth: Map<string, MonthSummary>;
  error: Error | undefined;
  loading: boolean;
}

/** One `GET /v1/revenue/summary?month=` per month, in parallel; each month shows when it arrives. */
export function useSummaries(months: string[]): Summaries {
  const [state, setState] = useState<Summaries>({ byMonth: new Map(), error: undefined, loading: true });
  const key = months.join(',');
  useEffect(() => {
    const controller = new AbortController();
    const list = key.split(',');
    setState({ byMonth: new Map(), error: undefined, loading: true });
    let pending = list.length;
    for (const month of list) {
      apiGet<MonthSummary>(`/v1/revenue/summary?month=${month}`, { signal: controller.signal }).then(
        (summary) => {
          pending -= 1;
          setState((s) => ({ ...s, loading: pending > 0, byMonth: new Map(s.byMonth).set(month, summary) }));
        },
        (error: Error) => {
          pending -= 1;
          if (error.name !== 'AbortError') setState((s) => ({ ...s, loading: pending > 0, error }));
        },
      );
    }
    return () => controller.abort();
  }, [key]);
  return state;
}
