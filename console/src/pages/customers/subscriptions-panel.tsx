import type { List, Subscription } from '../../api/types.js';
import type { ApiState } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { Panel } from '../../components/panel.js';
import { ResourceName } from '../../components/resource-name.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

export function SubscriptionsPanel({ state }: { state: ApiState<List<Subscription>> }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Panel title={t('customer.subscriptions')} testId="subscriptions">
      <Async state={state}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(s) => s.id}
            columns={[
              { header: t('common.id'), cell: (s) => <code>{s.id}</code> },
              {
                header: t('customer.plan'),
                cell: (s) => (
                  <Link to={`/plans/${s.pricing_plan}`}>
                    <ResourceName path="/v1/pricing_plans" id={s.pricing_plan} />
                    {s.pricing_plan_version !== undefined && ` v${s.pricing_plan_version}`}
                  </Link>
                ),
              },
              { header: t('common.status'), cell: (s) => <StatusBadge status={s.status} /> },
              {
                header: t('customer.currentPeriod'),
                cell: (s) => f.period(s.current_period_start, s.current_period_end),
                nowrap: true,
              },
            ]}
          />
        )}
      </Async>
    </Panel>
  );
}
