import type { LicenseFee, PlanComponent, PricingPlan } from '../../api/types-catalog.js';
import { useApi } from '../../api/use-api.js';
import { Panel } from '../../components/panel.js';
import { ResourceName } from '../../components/resource-name.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { FeePrice } from './price-view.js';
import { RateCardRates } from './rate-card-rates.js';

interface FeeVersion {
  version: number;
  unit_amount: string;
  service_interval: string;
  service_interval_count: number;
}
interface ActionTerms {
  name: string;
  currency: string;
  credit_grant?: { amount: { currency: string; value: string } };
  service_interval: string;
  service_interval_count: number;
}

const PATHS: Record<PlanComponent['type'], string> = {
  rate_card: '/v1/rate_cards',
  license_fee: '/v1/license_fees',
  service_action: '/v1/service_actions',
};

function refOf(c: PlanComponent): string {
  return c.rate_card ?? c.license_fee ?? c.service_action ?? '—';
}

/** A license fee's price at the version the plan pins (latest terms when it follows latest). */
function LicenseFeeTerms({ id, pin }: { id: string; pin: PlanComponent['version'] }) {
  const fee = useApi<LicenseFee & { latest_version: number; live_version: number }>(`/v1/license_fees/${id}`);
  const versions = useApi<{ data: FeeVersion[] }>(
    typeof pin === 'number' ? `/v1/license_fees/${id}/versions` : null,
  );
  if (!fee.data) return <span className="muted">…</span>;
  const wanted = pin === 'live' ? fee.data.live_version : pin === 'latest' ? fee.data.latest_version : pin;
  const terms = versions.data?.data.find((v) => v.version === wanted) ?? fee.data;
  return (
    <FeePrice
      amount={terms.unit_amount}
      currency={fee.data.currency}
      interval={terms.service_interval}
      count={terms.service_interval_count}
    />
  );
}

function ActionTermsView({ id }: { id: string }) {
  const { t, label } = useI18n();
  const f = useFormat();
  const action = useApi<ActionTerms>(`/v1/service_actions/${id}`);
  const a = action.data;
  if (!a?.credit_grant) return <span className="muted">{a ? '—' : '…'}</span>;
  const { amount } = a.credit_grant;
  return (
    <span>
      {t('price.grant', {
        amount: f.money(amount.value, amount.currency),
        interval: label('interval', a.service_interval),
      })}
    </span>
  );
}

function Terms({ c }: { c: PlanComponent }) {
  if (c.type === 'license_fee' && c.license_fee)
    return <LicenseFeeTerms id={c.license_fee} pin={c.version} />;
  if (c.type === 'service_action' && c.service_action) return <ActionTermsView id={c.service_action} />;
  return <span className="muted">↓</span>;
}

/** A plan version's components by name with their prices, then the rates of each rate card. */
export function ComponentsPanel({
  plan,
  version,
  components,
}: {
  plan: PricingPlan;
  version: number;
  components: PlanComponent[];
}) {
  const { t, label } = useI18n();
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
            {
              header: t('plans.componentType'),
              cell: (c) => <span className="tag">{label('componentType', c.type)}</span>,
            },
            { header: t('common.name'), cell: (c) => <ResourceName path={PATHS[c.type]} id={refOf(c)} /> },
            { header: t('plans.price'), cell: (c) => <Terms c={c} /> },
            {
              header: t('plans.versions'),
              cell: (c) =>
                typeof c.version === 'number' ? `v${c.version}` : t(`plans.follows.${c.version}`),
            },
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
