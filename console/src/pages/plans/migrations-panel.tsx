import { useEffect, useState } from 'react';
import type { List } from '../../api/types.js';
import type { PricingPlan } from '../../api/types-catalog.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { PlanName } from '../../components/resource-name.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { MigrateForm } from './migrate-form.js';
import { concernsPlan, type PlanMigration } from './plan-migration.js';

/** A migration's progress, read again (GET /v1/plan_migrations/{id}) until it has completed. */
function MigrationResult({ id, onCompleted }: { id: string; onCompleted: () => void }) {
  const { t } = useI18n();
  const state = useApi<PlanMigration>(`/v1/plan_migrations/${encodeURIComponent(id)}`);
  const running = state.data?.status === 'running';
  useEffect(() => {
    if (state.data?.status === 'completed') onCompleted();
    if (!running) return;
    const timer = setTimeout(state.reload, 1000);
    return () => clearTimeout(timer);
  }, [running, state.data, state.reload, onCompleted]);
  return (
    <Async state={state}>
      {(m) => (
        <div className="notice ok" role="status" data-testid="migration-result">
          {t(`migration.status.${m.status}`)} ·{' '}
          {t('migration.counts', { migrated: m.migrated, total: m.total, failed: m.failed })}
          {m.failures.map((x) => (
            <div key={x.subscription}>
              <code>{x.subscription}</code> <code>{x.code}</code> {x.message}
            </div>
          ))}
        </div>
      )}
    </Async>
  );
}

const version = (v: { pricing_plan: string; pricing_plan_version: number }, plan: string) => (
  <>
    {v.pricing_plan !== plan && (
      <>
        <PlanName id={v.pricing_plan} />{' '}
      </>
    )}
    v{v.pricing_plan_version}
  </>
);

/** Plan migrations off or onto this plan: start one from the version shown, and the past ones. */
export function MigrationsPanel({ plan, version: fromVersion }: { plan: PricingPlan; version: number }) {
  const { t } = useI18n();
  const f = useFormat();
  const [open, setOpen] = useState(false);
  const [started, setStarted] = useState<string | undefined>();
  const list = useApi<List<PlanMigration>>('/v1/plan_migrations?limit=100');
  return (
    <Panel
      title={t('migration.panel')}
      testId="plan-migrations"
      actions={
        <button type="button" className="small" data-testid="migrate" onClick={() => setOpen(true)}>
          {t('migration.start')}
        </button>
      }
    >
      {open && (
        <MigrateForm
          plan={plan}
          fromVersion={fromVersion}
          onClose={() => setOpen(false)}
          onStarted={(m) => {
            setOpen(false);
            setStarted(m.id);
            list.reload();
          }}
        />
      )}
      {started && <MigrationResult key={started} id={started} onCompleted={list.reload} />}
      <Async state={list}>
        {(l) => (
          <Table
            rows={l.data.filter((m) => concernsPlan(m, plan.id))}
            rowKey={(m) => m.id}
            empty={t('migration.none')}
            columns={[
              { header: t('migration.createdAt'), cell: (m) => f.dateTime(m.created_at), nowrap: true },
              { header: t('migration.from'), cell: (m) => version(m.from, plan.id) },
              { header: t('migration.to'), cell: (m) => version(m.to, plan.id) },
              { header: t('subs.effective'), cell: (m) => t(`migration.effective.${m.effective}`) },
              { header: t('common.status'), cell: (m) => t(`migration.status.${m.status}`) },
              { header: t('migration.moved'), cell: (m) => `${m.migrated} / ${m.total}`, align: 'right' },
              { header: t('migration.failed'), cell: (m) => String(m.failed), align: 'right' },
            ]}
          />
        )}
      </Async>
    </Panel>
  );
}
