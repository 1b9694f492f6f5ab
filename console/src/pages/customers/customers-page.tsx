import { useState } from 'react';
import { withQuery } from '../../api/client.js';
import type { Customer, List } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { LoadMore } from '../../components/load-more.js';
import { Panel } from '../../components/panel.js';
import { useI18n } from '../../i18n/i18n.js';
import { navigate } from '../../routing/router.js';
import { CustomerForm } from './customer-form.js';
import { CustomerSearch } from './customer-search.js';
import { CustomerTable } from './customer-table.js';

/** All customers, newest pages loaded on demand, and a search box. */
export function CustomersPage() {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const [cursor, setCursor] = useState<string | undefined>();
  const [creating, setCreating] = useState(false);
  const page = useApi<List<Customer>>(withQuery('/v1/customers', { limit: 50, starting_after: cursor }));

  return (
    <div className="page">
      <h1>{t('customers.title')}</h1>
      <div className="toolbar">
        <button
          type="button"
          className="primary"
          data-testid="new-customer"
          onClick={() => setCreating(true)}
        >
          {t('customers.new')}
        </button>
        <input
          type="search"
          className="search"
          name="customer-search"
          placeholder={t('customers.searchPlaceholder')}
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      {creating && (
        <CustomerForm onSaved={(c) => navigate(`/customers/${c.id}`)} onCancel={() => setCreating(false)} />
      )}
      {query.trim() ? (
        <CustomerSearch query={query.trim()} />
      ) : (
        <Panel title={t('customers.title')}>
          <Async state={page}>
            {(list) => (
              <>
                <CustomerTable customers={list.data} />
                <LoadMore list={list} onMore={setCursor} />
              </>
            )}
          </Async>
        </Panel>
      )}
    </div>
  );
}
