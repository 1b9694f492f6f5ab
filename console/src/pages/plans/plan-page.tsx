import { useState } from 'react';
import type { PricingPlan } from '../../api/types-catalog.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { useI18n } from '../../i18n/i18n.js';
import { ComponentsPanel } from './components-panel.js';

/** A pricing plan at a chosen version: its components, and the rates of its rate cards. */
export function PlanPage({ id }: { id: string }) {
  const { t } = useI18n();
  const [version, setVersion] = useState<number | undefined>();
  const plan = useApi<PricingPlan>(
    `/v1/pricing_plans/${encodeURIComponent(id)}${version ? `?version=${version}` : ''}`,
  );
  return (
    <div className="page">
      <Link to="/plans" className="back">
        ← {t('nav.plans')}
      </Link>
      <Async state={plan}>
        {(p) => (
          <>
            <h1>
              {p.name} <span className="muted small">{p.currency}</span>
            </h1>
            <div className="toolbar">
              <Field label={t('plans.versions')}>
                <select
                  name="plan-version"
                  value={version ?? p.version ?? p.latest_version}
                  onChange={(e) => setVersion(Number(e.target.value))}
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
            <ComponentsPanel plan={p} />
          </>
        )}
      </Async>
    </div>
  );
}
