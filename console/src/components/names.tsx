import { createContext, type ReactNode, useContext, useEffect, useState } from 'react';
import { apiGet } from '../api/client.js';

type Named = { name?: string | null; display_name?: string | null; number?: string | null };

/**
 * Names of resources the API refers to by id (`cus_…`, `lf_…`, `pp_…`), fetched once per page:
 * a table of 50 invoices for 3 customers makes 3 requests. The cache lives as long as the page
 * (the provider is keyed by the route), so a rename shows on the next page.
 */
class NameCache {
  private readonly answers = new Map<string, Promise<string | null>>();

  name(path: string, id: string): Promise<string | null> {
    const url = `${path}/${encodeURIComponent(id)}`;
    let answer = this.answers.get(url);
    if (!answer) {
      answer = apiGet<Named>(url).then(
        (r) => r.name || r.display_name || r.number || null,
        () => null,
      );
      this.answers.set(url, answer);
    }
    return answer;
  }
}

const NamesContext = createContext<NameCache>(new NameCache());

export function NamesProvider({ children }: { children: ReactNode }) {
  const [cache] = useState(() => new NameCache());
  return <NamesContext.Provider value={cache}>{children}</NamesContext.Provider>;
}

/** The name of a resource: undefined until the answer arrives, null when it has none. */
export function useName(path: string, id: string | null | undefined): string | null | undefined {
  const cache = useContext(NamesContext);
  const [name, setName] = useState<string | null | undefined>();
  useEffect(() => {
    if (!id) return;
    let live = true;
    cache.name(path, id).then((n) => live && setName(n));
    return () => {
      live = false;
    };
  }, [cache, path, id]);
  return name;
}
