import { useApi } from '../api/use-api.js';

/**
 * The name of a resource shown where the API gives only its id (a rate's billable item, an
 * invoice's customer); the id until the name arrives, or when it cannot be read.
 */
export function ResourceName({ path, id }: { path: string; id: string }) {
  const state = useApi<{ name?: string | null; display_name?: string | null }>(
    `${path}/${encodeURIComponent(id)}`,
  );
  const name = state.data?.name ?? state.data?.display_name;
  return name ? <span title={id}>{name}</span> : <code>{id}</code>;
}
