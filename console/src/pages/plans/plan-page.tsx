import { useState } from 'react';
import type { List } from '../../api/types.js';
import type { PlanVersion, PricingPlan } from '../../api/types-catalog.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { useI18n } from '../../i18n/i18n.js';
import { ComponentsPanel } from './components-panel.js';
import { FeaturesPanel } from './features-panel.js';
import { MigrationsPanel } from './migrations-panel.js';

/** A pricing plan at a chosen version: its components, and the rates of its rate cards. */
export function PlanPage({ id }: { id: string }) {
  const { t } = useI18n();
  const plan = useApi<PricingPlan>(`/v1/pricing_plans/${encodeURIComponent(id)}`);
  const versions = useApi<List<PlanVersion>>(`/v1/pricing_plans/${encodeURIComponent(id)}/versions`);
  const [chosen, setChosen] = useState<number | undefined>();
  return (
    <div className="page">
      <Link to="/plans" className="back">
        ← {t('nav.plans')}
      </Link>
      <Async state={plan}>
        {(p) => {
          const version = chosen ?? p.latest_version;
          const components =
            versions.data?.data.find((v) => v.version === version)?.components ??
            (version === p.latest_version ? p.components : undefined);
          return (
            <>
              <h1>
                {p.name} <span className="muted small">{p.currency}</span>
              </h1>
              <div className="toolbar">
                <Field label={t('plans.versions')}>
                  <select
                    name="plan-version"
                    value={version}
                    onChange={(e) => setChosen(Number(e.target.value))}
                  >
                    {Array.from({ length: p.latest_version }, (_, i) => p.latest_version - i).map((n) => (
                      <option key={n} value={n}>
                        {t('plans.version', { n })}
                        {n === p.live_version ? ` · ${t('plans.live')}` : ''}
                      </option>
                    ))}
                  </select>
                </Field>
              </div>
              {components ? (
                <ComponentsPanel key={version} plan={p} version={version} components={components} />
              ) : (
                <Async state={versions}>{() => null}</Async>
              )}
              <FeaturesPanel key={`features-${version}`} planId={p.id} version={version} />
              <MigrationsPanel key={`migrations-${version}`} plan={p} version={version} />
            </>
          );
        }}
      </Async>
    </div>
  );
}
