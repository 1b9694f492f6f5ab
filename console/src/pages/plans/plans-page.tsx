import type { List } from '../../api/types.js';
import type { PricingPlan } from '../../api/types-catalog.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';

export function PlansPage() {
  const { t } = useI18n();
  const plans = useApi<List<PricingPlan>>('/v1/pricing_plans?limit=100');
  return (
    <div className="page">
      <h1>{t('plans.title')}</h1>
      <Panel title={t('plans.title')} testId="plans">
        <Async state={plans}>
          {(list) => (
            <Table
              rows={list.data}
              rowKey={(p) => p.id}
              columns={[
                { header: t('common.name'), cell: (p) => <Link to={`/plans/${p.id}`}>{p.name}</Link> },
                { header: t('common.currency'), cell: (p) => p.currency },
                { header: t('plans.latest'), cell: (p) => p.latest_version, align: 'right' },
                { header: t('plans.live'), cell: (p) => p.live_version, align: 'right' },
                { header: t('common.id'), cell: (p) => <code>{p.id}</code> },
              ]}
            />
          )}
        </Async>
      </Panel>
    </div>
  );
}
