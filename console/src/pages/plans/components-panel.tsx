import type { PlanComponent, PricingPlan } from '../../api/types-catalog.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';
import { RateCardRates } from './rate-card-rates.js';

function refOf(c: PlanComponent): string {
  return c.rate_card ?? c.license_fee ?? c.service_action ?? '—';
}

export function ComponentsPanel({ plan }: { plan: PricingPlan }) {
  const { t } = useI18n();
  const rateCards = plan.components.filter((c) => c.type === 'rate_card' && c.rate_card);
  return (
    <>
      <Panel title={t('plans.components')} testId="plan-components">
        <Table
          rows={plan.components}
          rowKey={(c, i) => `${refOf(c)}-${i}`}
          columns={[
            { header: t('plans.componentType'), cell: (c) => <span className="tag">{c.type}</span> },
            { header: t('common.id'), cell: (c) => <code>{refOf(c)}</code> },
            { header: t('plans.versions'), cell: (c) => c.version ?? t('plans.latest') },
          ]}
        />
      </Panel>
      {rateCards.map((c) => (
        <RateCardRates
          key={c.rate_card}
          planId={plan.id}
          rateCardId={c.rate_card ?? ''}
          version={c.version}
        />
      ))}
    </>
  );
}
