import { useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { List } from '../../api/types.js';
import type { PricingPlan } from '../../api/types-catalog.js';
import { submitting, useAction } from '../../api/use-action.js';
import { useApi } from '../../api/use-api.js';
import { ErrorNotice } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { useI18n } from '../../i18n/i18n.js';
import { ProrationFields, type Timing } from '../subscriptions/proration-fields.js';
import { MigrationPreviewTable } from './migration-preview-table.js';
import { type MigrationPreview, migrationRequest, type PlanMigration } from './plan-migration.js';

const versionsOf = (p: PricingPlan | undefined) =>
  p ? Array.from({ length: p.latest_version }, (_, i) => p.latest_version - i) : [];

/**
 * Moves every subscription on one version of this plan to another version (of this plan or of
 * another plan in its currency): choose, dry run, then confirm. The dry run must be rerun after
 * any change to the choices, so what is confirmed is what was shown.
 */
export function MigrateForm({
  plan,
  fromVersion,
  onStarted,
  onClose,
}: {
  plan: PricingPlan;
  fromVersion: number;
  onStarted: (m: PlanMigration) => void;
  onClose: () => void;
}) {
  const { t } = useI18n();
  const plans = useApi<List<PricingPlan>>('/v1/pricing_plans?limit=100');
  const targets = (plans.data?.data ?? [plan]).filter(
    (p) => p.currency === plan.currency && p.status !== 'archived',
  );
  const [toPlanId, setToPlanId] = useState(plan.id);
  const toPlan = targets.find((p) => p.id === toPlanId) ?? plan;
  const fallback =
    toPlan.id === plan.id && toPlan.live_version === fromVersion
      ? toPlan.latest_version
      : toPlan.live_version;
  const [toVersion, setToVersion] = useState<number | undefined>();
  const version = toVersion ?? fallback;
  const [timing, setTiming] = useState<Timing>({ effective: 'period_end', behavior: 'create_prorations' });
  const [preview, setPreview] = useState<MigrationPreview | undefined>();
  const request = migrationRequest({
    plan: plan.id,
    fromVersion,
    toPlan: toPlan.id,
    toVersion: version,
    effective: timing.effective === 'now' ? 'now' : 'next_period',
    proration: timing.behavior,
  });
  const same = request.to.pricing_plan === plan.id && request.to.pricing_plan_version === fromVersion;
  const dryRun = useAction(async () => {
    setPreview(await apiPost<MigrationPreview>('/v1/plan_migrations/preview', request));
  });
  const confirm = useAction(async () => {
    onStarted(await apiPost<PlanMigration>('/v1/plan_migrations', request));
  });
  // Any change to the choices drops the dry run: what is confirmed is always what was shown.
  const changed = (fn: () => void) => {
    fn();
    setPreview(undefined);
  };
  return (
    <form className="form-panel" data-testid="migrate-form" onSubmit={submitting(dryRun.run)}>
      <h3>{t('migration.title', { version: fromVersion })}</h3>
      <div className="form-grid">
        <Field label={t('migration.toPlan')}>
          <select
            name="to-plan"
            value={toPlan.id}
            onChange={(e) =>
              changed(() => {
                setToPlanId(e.target.value);
                setToVersion(undefined);
              })
            }
          >
            {targets.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('migration.toVersion')}>
          <select
            name="to-version"
            value={version}
            onChange={(e) => changed(() => setToVersion(Number(e.target.value)))}
          >
            {versionsOf(toPlan).map((n) => (
              <option key={n} value={n}>
                {t('plans.version', { n })}
                {n === toPlan.live_version ? ` · ${t('plans.live')}` : ''}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <ProrationFields timing={timing} onChange={(next) => changed(() => setTiming(next))} />
      {same && <p className="notice warning">{t('migration.sameVersion')}</p>}
      <div className="row">
        <button type="submit" disabled={dryRun.busy || same} data-testid="migration-dry-run">
          {t('migration.dryRun')}
        </button>
        <button type="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
      </div>
      {dryRun.error && <ErrorNotice error={dryRun.error} />}
      {preview && (
        <>
          <MigrationPreviewTable preview={preview} />
          <div className="row">
            <button
              type="button"
              className="primary"
              data-testid="migration-confirm"
              disabled={confirm.busy || preview.data.length === 0}
              onClick={() => void confirm.run()}
            >
              {t('migration.confirm', { count: preview.data.length })}
            </button>
          </div>
          {confirm.error && <ErrorNotice error={confirm.error} />}
        </>
      )}
    </form>
  );
}
