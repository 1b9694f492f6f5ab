import type { List } from '../../api/types.js';
import type { WebhookDelivery } from '../../api/types-more.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

/** The delivery log of one endpoint: each event, its status, attempts and last response. */
export function DeliveriesTable({ endpointId }: { endpointId: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const state = useApi<List<WebhookDelivery>>(`/v1/webhook_endpoints/${endpointId}/deliveries?limit=50`);
  return (
    <div className="sub-panel" data-testid="webhook-deliveries">
      <h3>
        {t('settings.deliveries')} · <code>{endpointId}</code>
      </h3>
      <Async state={state}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(d) => d.id}
            columns={[
              { header: t('common.created'), cell: (d) => f.dateTime(d.created_at), nowrap: true },
              { header: t('settings.events'), cell: (d) => <code>{d.event}</code> },
              { header: t('common.status'), cell: (d) => <StatusBadge status={d.status} /> },
              { header: t('settings.attempts'), cell: (d) => d.attempt_count, align: 'right' },
              {
                header: t('settings.response'),
                cell: (d) => d.last_status_code ?? d.last_error ?? '—',
                align: 'right',
              },
              { header: t('settings.nextAttempt'), cell: (d) => f.dateTime(d.next_attempt_at), nowrap: true },
            ]}
          />
        )}
      </Async>
    </div>
  );
}
