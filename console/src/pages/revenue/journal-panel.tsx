import { useState } from 'react';
import { withQuery } from '../../api/client.js';
import type { List } from '../../api/types.js';
import type { JournalEntry } from '../../api/types-more.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { LoadMore } from '../../components/load-more.js';
import { Panel } from '../../components/panel.js';
import { CustomerName, ResourceName } from '../../components/resource-name.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

export function JournalPanel({ month, start, end }: { month: string; start: string; end: string }) {
  const { t, label } = useI18n();
  const f = useFormat();
  const [cursor, setCursor] = useState<string | undefined>();
  const state = useApi<List<JournalEntry>>(
    withQuery('/v1/revenue/journal', {
      start_time: start,
      end_time: end,
      limit: 50,
      starting_after: cursor,
    }),
  );
  return (
    <Panel title={`${t('revenue.journal')} · ${month}`} testId="journal">
      <Async state={state}>
        {(list) => (
          <>
            <Table
              rows={list.data}
              rowKey={(e) => e.id}
              columns={[
                { header: t('revenue.recognizedAt'), cell: (e) => f.dateTime(e.recognized_at), nowrap: true },
                { header: t('revenue.account'), cell: (e) => label('account', e.account) },
                { header: t('revenue.debit'), cell: (e) => f.money(e.debit, e.currency), align: 'right' },
                { header: t('revenue.credit'), cell: (e) => f.money(e.credit, e.currency), align: 'right' },
                {
                  header: t('invoices.customer'),
                  cell: (e) =>
                    e.customer ? (
                      <Link to={`/customers/${e.customer}`}>
                        <CustomerName id={e.customer} />
                      </Link>
                    ) : (
                      '—'
                    ),
                },
                { header: t('revenue.source'), cell: (e) => <Source entry={e} /> },
                { header: t('common.description'), cell: (e) => e.description ?? '—' },
              ]}
            />
            <LoadMore list={list} onMore={setCursor} />
          </>
        )}
      </Async>
    </Panel>
  );
}

/** Where an entry came from, linked when it is an invoice. */
function Source({ entry: e }: { entry: JournalEntry }) {
  const { label } = useI18n();
  if (!e.source) return <>—</>;
  const what = label('source', e.source);
  if (e.source_id?.startsWith('in_'))
    return (
      <Link to={`/invoices/${e.source_id}`}>
        {what} · <ResourceName path="/v1/invoices" id={e.source_id} />
      </Link>
    );
  return <>{what}</>;
}
