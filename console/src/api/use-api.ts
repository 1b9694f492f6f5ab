import { useCallback, useEffect, useState } from 'react';
import { apiGet } from './client.js';

export interface ApiState<T> {
  data: T | undefined;
  error: Error | undefined;
  loading: boolean;
  reload: () => void;
}

/**
 * One GET per call site: each panel of a page loads on its own, so a slow query delays only its
 * own panel. `path` null means "not yet" (a dependency is still loading).
 */
export function useApi<T>(path: string | null): ApiState<T> {
  const [state, setState] = useState<{ data?: T; error?: Error; loading: boolean }>({
    loading: path !== null,
  });
  const [tick, setTick] = useState(0);
  const reload = useCallback(() => setTick((t) => t + 1), []);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `tick` forces a refetch of the same path
  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    apiGet<T>(path, { signal: controller.signal }).then(
      (data) => setState({ data, loading: false }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ error, loading: false });
      },
    );
    return () => controller.abort();
  }, [path, tick]);

  return { data: state.data, error: state.error, loading: state.loading, reload };
}
