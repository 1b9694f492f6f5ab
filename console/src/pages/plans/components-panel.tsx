import type { PlanComponent, PricingPlan } from '../../api/types-catalog.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';
import { RateCardRates } from './rate-card-rates.js';

function refOf(c: PlanComponent): string {
  return c.rate_card ?? c.license_fee ?? c.service_action ?? '—';
}

export function ComponentsPanel({
  plan,
  version,
  components,
}: {
  plan: PricingPlan;
  version: number;
  components: PlanComponent[];
}) {
  const { t } = useI18n();
  return (
    <>
      <Panel
        title={`${t('plans.components')} · ${t('plans.version', { n: version })}`}
        testId="plan-components"
      >
        <Table
          rows={components}
          rowKey={(c, i) => `${refOf(c)}-${i}`}
          columns={[
            { header: t('plans.componentType'), cell: (c) => <span className="tag">{c.type}</span> },
            { header: t('common.id'), cell: (c) => <code>{refOf(c)}</code> },
            { header: t('plans.versions'), cell: (c) => String(c.version) },
          ]}
        />
      </Panel>
      {components
        .filter((c) => c.type === 'rate_card' && c.rate_card)
        .map((c) => (
          <RateCardRates
            key={c.rate_card}
            planId={plan.id}
            planVersion={version}
            rateCardId={c.rate_card ?? ''}
            pin={c.version}
          />
        ))}
    </>
  );
}
