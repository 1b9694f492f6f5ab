import { useEffect, useState } from 'react';
import { apiGet, withQuery } from '../../api/client.js';
import type { Customer, List } from '../../api/types.js';
import { ErrorNotice, Loading } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { useI18n } from '../../i18n/i18n.js';
import { CustomerTable } from './customer-table.js';
import { matchesCustomer } from './match.js';

const SCAN_PAGES = 10;

/**
 * Finds customers by id or external id (exact, one request), by email (exact), and by a part of
 * the name, email or external id among the first pages of customers. Typing is debounced.
 */
async function search(query: string, signal: AbortSignal): Promise<Customer[]> {
  const found = new Map<string, Customer>();
  const exact = apiGet<Customer>(`/v1/customers/${encodeURIComponent(query)}`, { signal }).then(
    (c) => [c],
    () => [],
  );
  const byEmail = query.includes('@')
    ? apiGet<List<Customer>>(withQuery('/v1/customers', { email: query, limit: 100 }), { signal }).then(
        (l) => l.data,
        () => [],
      )
    : Promise.resolve([]);
  for (const c of [...(await exact), ...(await byEmail)]) found.set(c.id, c);
  let cursor: string | undefined;
  for (let i = 0; i < SCAN_PAGES; i++) {
    const page = await apiGet<List<Customer>>(
      withQuery('/v1/customers', { limit: 100, starting_after: cursor }),
      {
        signal,
      },
    );
    for (const c of page.data) if (matchesCustomer(c, query)) found.set(c.id, c);
    if (!page.has_more) break;
    cursor = page.data.at(-1)?.id;
  }
  return [...found.values()];
}

export function CustomerSearch({ query }: { query: string }) {
  const { t } = useI18n();
  const [result, setResult] = useState<{ rows?: Customer[]; error?: Error }>({});

  useEffect(() => {
    const controller = new AbortController();
    setResult({});
    const timer = setTimeout(() => {
      search(query, controller.signal).then(
        (rows) => setResult({ rows }),
        (error: Error) => error.name !== 'AbortError' && setResult({ error }),
      );
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query]);

  return (
    <Panel title={t('common.search')} testId="customer-search-results">
      {result.error ? (
        <ErrorNotice error={result.error} />
      ) : result.rows ? (
        <CustomerTable customers={result.rows} empty={t('customers.notFound', { q: query })} />
      ) : (
        <Loading />
      )}
    </Panel>
  );
}
