import type { List, Meter } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { Panel } from '../../components/panel.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';

export function MetersPage() {
  const { t, label } = useI18n();
  const meters = useApi<List<Meter>>('/v1/meters?limit=100');
  return (
    <div className="page">
      <h1>{t('meters.title')}</h1>
      <Panel title={t('meters.title')} testId="meters">
        <Async state={meters}>
          {(list) => (
            <Table
              rows={list.data}
              rowKey={(m) => m.id}
              columns={[
                {
                  header: t('common.name'),
                  cell: (m) => <Link to={`/meters/${m.id}`}>{m.display_name || m.event_name}</Link>,
                },
                { header: t('meters.eventName'), cell: (m) => <code>{m.event_name}</code> },
                { header: t('meters.formula'), cell: (m) => label('formula', m.default_aggregation.formula) },
                {
                  header: t('meters.dimensions'),
                  cell: (m) => (m.dimension_payload_keys ?? []).join(', ') || '—',
                },
                {
                  header: t('common.status'),
                  cell: (m) => (m.status ? <StatusBadge status={m.status} /> : '—'),
                },
              ]}
            />
          )}
        </Async>
      </Panel>
    </div>
  );
}
