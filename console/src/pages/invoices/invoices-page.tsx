import { useState } from 'react';
import { withQuery } from '../../api/client.js';
import type { Invoice, List } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { LoadMore } from '../../components/load-more.js';
import { Panel } from '../../components/panel.js';
import { useI18n } from '../../i18n/i18n.js';
import { InvoiceTable } from './invoice-table.js';
import { inPeriod } from './period-filter.js';

const STATUSES = ['draft', 'open', 'paid', 'void', 'uncollectible'] as const;

/** Invoices filtered by status (on the server) and by billing period (over the loaded page). */
export function InvoicesPage() {
  const { t } = useI18n();
  const [status, setStatus] = useState('');
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [cursor, setCursor] = useState<string | undefined>();
  const state = useApi<List<Invoice>>(
    withQuery('/v1/invoices', { status, limit: 100, starting_after: cursor }),
  );

  return (
    <div className="page">
      <h1>{t('invoices.title')}</h1>
      <div className="toolbar">
        <Field label={t('common.status')}>
          <select
            name="status"
            value={status}
            onChange={(e) => {
              setCursor(undefined);
              setStatus(e.target.value);
            }}
          >
            <option value="">{t('common.all')}</option>
            {STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('invoices.periodFrom')}>
          <input type="date" name="period-from" value={from} onChange={(e) => setFrom(e.target.value)} />
        </Field>
        <Field label={t('invoices.periodTo')}>
          <input type="date" name="period-to" value={to} onChange={(e) => setTo(e.target.value)} />
        </Field>
      </div>
      <Panel title={t('invoices.title')} testId="invoices">
        <Async state={state}>
          {(list) => (
            <>
              <InvoiceTable invoices={list.data.filter((i) => inPeriod(i, from, to))} />
              <LoadMore list={list} onMore={setCursor} />
            </>
          )}
        </Async>
      </Panel>
    </div>
  );
}
