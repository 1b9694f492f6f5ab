import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';

interface PlanEntitlement {
  id: string;
  feature: { key: string; name: string; type: 'boolean' | 'static' | 'metered' };
  enabled: boolean;
  value: unknown;
  limit: string | null;
  soft_limit: string | null;
  overage: 'block' | 'allow' | 'notify';
}

/** The features a plan version grants (GET /v1/pricing_plans/{id}/entitlements?version=). */
export function FeaturesPanel({ planId, version }: { planId: string; version: number }) {
  const { t } = useI18n();
  const state = useApi<{ data: PlanEntitlement[] }>(
    `/v1/pricing_plans/${planId}/entitlements?version=${version}`,
  );
  return (
    <Panel title={t('plans.features')} testId="plan-features">
      <Async state={state}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(r) => r.id}
            columns={[
              { header: t('entitlements.feature'), cell: (r) => `${r.feature.name} (${r.feature.key})` },
              {
                header: t('entitlements.allowed'),
                cell: (r) => (r.enabled ? t('entitlements.yes') : t('entitlements.no')),
              },
              {
                header: t('entitlements.value'),
                cell: (r) => (r.feature.type === 'static' ? JSON.stringify(r.value) : ''),
              },
              { header: t('entitlements.limit'), cell: (r) => r.limit ?? '', align: 'right' },
              { header: t('plans.softLimit'), cell: (r) => r.soft_limit ?? '', align: 'right' },
              {
                header: t('plans.overage'),
                cell: (r) => (r.feature.type === 'metered' ? t(`overage.${r.overage}`) : ''),
              },
            ]}
          />
        )}
      </Async>
    </Panel>
  );
}
