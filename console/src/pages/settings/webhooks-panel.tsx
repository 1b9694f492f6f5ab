import { type FormEvent, useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { List } from '../../api/types.js';
import type { WebhookEndpoint } from '../../api/types-more.js';
import { useAction } from '../../api/use-action.js';
import { useApi } from '../../api/use-api.js';
import { Async, ErrorNotice } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';
import { DeliveriesTable } from './deliveries-table.js';

export function WebhooksPanel() {
  const { t } = useI18n();
  const endpoints = useApi<List<WebhookEndpoint>>('/v1/webhook_endpoints?limit=100');
  const [url, setUrl] = useState('');
  const [events, setEvents] = useState('*');
  const [selected, setSelected] = useState<string | undefined>();
  const [secret, setSecret] = useState<string | undefined>();
  const create = useAction(async () => {
    const made = await apiPost<WebhookEndpoint>('/v1/webhook_endpoints', {
      url,
      enabled_events: events
        .split(',')
        .map((e) => e.trim())
        .filter(Boolean),
    });
    setSecret(made.secret);
    setUrl('');
    endpoints.reload();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void create.run();
  }
  return (
    <Panel title={t('settings.webhooks')} testId="webhooks">
      <Async state={endpoints}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(e) => e.id}
            columns={[
              { header: t('settings.url'), cell: (e) => <code>{e.url}</code> },
              { header: t('settings.events'), cell: (e) => e.enabled_events.join(', ') },
              {
                header: t('common.status'),
                cell: (e) => <StatusBadge status={e.status ?? (e.disabled ? 'disabled' : 'enabled')} />,
              },
              {
                header: t('settings.deliveries'),
                cell: (e) => (
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setSelected(selected === e.id ? undefined : e.id)}
                  >
                    {t('settings.deliveries')}
                  </button>
                ),
              },
            ]}
          />
        )}
      </Async>
      {selected && <DeliveriesTable endpointId={selected} />}
      <form className="inline-form" onSubmit={submit}>
        <input
          name="webhook-url"
          type="url"
          placeholder="https://example.com/hooks/tariff"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          required
        />
        <input
          name="webhook-events"
          placeholder="invoice.finalized, invoice.paid"
          value={events}
          onChange={(e) => setEvents(e.target.value)}
        />
        <button type="submit" disabled={create.busy}>
          {t('common.add')}
        </button>
      </form>
      {secret && <p className="notice ok">{t('settings.secretOnce', { secret })}</p>}
      {create.error && <ErrorNotice error={create.error} />}
    </Panel>
  );
}
