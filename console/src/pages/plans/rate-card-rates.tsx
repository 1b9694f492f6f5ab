import type { PlanComponent, RateCard } from '../../api/types-catalog.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { useI18n } from '../../i18n/i18n.js';
import { RatesTable } from './rates-table.js';

/** The concrete rate-card version a component pin points at. */
function pinnedVersion(pin: PlanComponent['version'], card: RateCard): number {
  if (pin === 'latest') return card.latest_version;
  if (pin === 'live') return card.live_version;
  return pin;
}

/** One rate card of a plan, at the version the plan pins. */
export function RateCardRates({
  planId,
  planVersion,
  rateCardId,
  pin,
}: {
  planId: string;
  planVersion: number;
  rateCardId: string;
  pin: PlanComponent['version'];
}) {
  const { t } = useI18n();
  const card = useApi<RateCard>(`/v1/rate_cards/${rateCardId}`);
  const version = card.data ? pinnedVersion(pin, card.data) : undefined;
  const title = `${t('plans.rates')} · ${card.data?.name ?? rateCardId}${version ? ` · v${version}` : ''}`;
  return (
    <Panel title={title} testId={`rates-${rateCardId}`}>
      <Async state={card}>
        {(c) => (
          <RatesTable
            key={pinnedVersion(pin, c)}
            plan={{ id: planId, version: planVersion }}
            card={c}
            version={pinnedVersion(pin, c)}
            onSaved={card.reload}
          />
        )}
      </Async>
    </Panel>
  );
}
