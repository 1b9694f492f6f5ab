import { ErrorNotice, Loading } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { Panel } from '../../components/panel.js';
import { PlanName } from '../../components/resource-name.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { churn, recurringRevenue } from './metrics.js';
import { UsageOverview } from './usage-overview.js';
import { planKey, useFinance } from './use-finance.js';

const CHURN_DAYS = 30;

/** What finance looks at: recurring revenue (MRR, ARR) per currency, churn, and usage trends. */
export function FinancePage() {
  const { t } = useI18n();
  const f = useFormat();
  const state = useFinance();
  const data = state.data;
  const revenue = data
    ? recurringRevenue(
        data.subscriptions,
        (s) => data.fees.get(planKey(s)),
        (id) => data.intervals.get(id),
      )
    : [];
  const lost = data ? churn(data.subscriptions, new Date(), CHURN_DAYS) : undefined;
  return (
    <div className="page">
      <h1>{t('finance.title')}</h1>
      <p className="muted">{t('finance.help')}</p>
      {state.error && <ErrorNotice error={state.error} />}
      {!data && !state.error && <Loading />}
      {data && (
        <>
          <div className="kpis" data-testid="finance-kpis">
            {revenue.map((r) => (
              <div key={`mrr-${r.currency}`} className="kpi" data-testid={`mrr-${r.currency}`}>
                <span className="kpi-label">{t('finance.mrr', { currency: r.currency })}</span>
                <span className="kpi-value">{f.money(r.mrr, r.currency)}</span>
                <span className="kpi-help">
                  {t('finance.arr')} {f.money(r.arr, r.currency)} ·{' '}
                  {t('finance.subscriptions', { n: r.subscriptions })}
                </span>
              </div>
            ))}
            {lost && (
              <div className="kpi" data-testid="churn">
                <span className="kpi-label">{t('finance.churn', { n: CHURN_DAYS })}</span>
                <span className="kpi-value">{lost.rate === null ? '—' : `${lost.rate}%`}</span>
                <span className="kpi-help">
                  {t('finance.churnDetail', { canceled: lost.canceled, total: lost.atStart })}
                </span>
              </div>
            )}
          </div>
          {revenue.length === 0 && <p className="notice muted">{t('finance.noSubscriptions')}</p>}
          {data.truncated && <p className="notice muted">{t('finance.truncated')}</p>}
          <Panel title={t('finance.byPlan')} testId="mrr-by-plan">
            <Table
              rows={revenue.flatMap((r) => r.byPlan.map((p) => ({ ...p, currency: r.currency })))}
              rowKey={(r) => `${r.currency}-${r.plan}`}
              columns={[
                {
                  header: t('customer.plan'),
                  cell: (r) => (
                    <Link to={`/plans/${r.plan}`}>
                      <PlanName id={r.plan} />
                    </Link>
                  ),
                },
                { header: t('common.currency'), cell: (r) => r.currency },
                { header: t('finance.activeSubscriptions'), cell: (r) => r.subscriptions, align: 'right' },
                { header: 'MRR', cell: (r) => f.money(r.mrr, r.currency), align: 'right' },
              ]}
            />
          </Panel>
        </>
      )}
      <UsageOverview />
    </div>
  );
}
