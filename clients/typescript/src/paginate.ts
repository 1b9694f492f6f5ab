import type { Client, ClientPathsWithMethod, MaybeOptionalInit } from 'openapi-fetch';
import type { ResponseOf } from './client.js';
import type { paths } from './generated/openapi.js';

type GetPath = ClientPathsWithMethod<Client<paths>, 'get'>;

/** The GET routes that answer a list envelope `{ object: 'list', data: [...], has_more }`. */
export type ListPath = {
  [P in GetPath]: ResponseOf<'get', P> extends { data: readonly unknown[]; has_more: boolean } ? P : never;
}[GetPath];

/** One element of a list route's `data`. */
export type ListItem<P extends ListPath> =
  ResponseOf<'get', P> extends { data: readonly (infer I)[] } ? I : never;

type ListGetter = (
  path: string,
  init: { params: { query: Record<string, unknown>; path?: unknown } },
) => Promise<{ data: readonly { id: string }[]; has_more: boolean }>;

/**
 * Every element of a list, page after page: each page asks for the elements after the last id
 * it received (`starting_after`) until the server says `has_more: false`. `limit` in the query
 * is the page size (the server's maximum is 100). Stop early with `break`.
 */
export async function* paginate<P extends ListPath>(
  get: ListGetter,
  path: P,
  init?: MaybeOptionalInit<paths[P], 'get'>,
): AsyncGenerator<ListItem<P>, void, undefined> {
  const params = ((init as { params?: { query?: Record<string, unknown>; path?: unknown } } | undefined)
    ?.params ?? {}) as { query?: Record<string, unknown>; path?: unknown };
  let cursor = params.query?.['starting_after'] as string | undefined;
  for (;;) {
    const query = { ...params.query, ...(cursor === undefined ? {} : { starting_after: cursor }) };
    const page = await get(path, { ...init, params: { ...params, query } });
    for (const item of page.data) yield item as ListItem<P>;
    const last = page.data.at(-1);
    if (!page.has_more || last === undefined) return;
    cursor = last.id;
  }
}
