import { useState } from 'react';
import type { Customer, List, Subscription } from '../../api/types.js';
import type { ApiState } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { Panel } from '../../components/panel.js';
import { FeeName, PlanName } from '../../components/resource-name.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { CancelForm } from '../subscriptions/cancel-form.js';
import { ChangePlanForm } from '../subscriptions/change-plan-form.js';
import { MinimumForm } from '../subscriptions/minimum-form.js';
import { QuantityForm } from '../subscriptions/quantity-form.js';
import { SubscribeForm } from '../subscriptions/subscribe-form.js';

type Form = 'plan' | 'quantity' | 'commitments' | 'cancel';
type Editing = { sub: Subscription; form: Form } | 'subscribe' | undefined;

/** The customer's subscriptions and what can be done to them: subscribe, change, cancel. */
export function SubscriptionsPanel({
  customer,
  state,
  onChanged,
}: {
  customer: Customer;
  state: ApiState<List<Subscription>>;
  onChanged: () => void;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const [editing, setEditing] = useState<Editing>();
  const done = () => {
    setEditing(undefined);
    onChanged();
  };
  const button = (sub: Subscription, form: Form, label: string) => (
    <button
      type="button"
      className={`small${form === 'cancel' ? ' danger' : ''}`}
      data-testid={`sub-${form}`}
      onClick={() => setEditing({ sub, form })}
    >
      {label}
    </button>
  );
  return (
    <Panel
      title={t('customer.subscriptions')}
      testId="subscriptions"
      actions={
        <button
          type="button"
          className="small"
          data-testid="subscribe"
          onClick={() => setEditing('subscribe')}
        >
          {t('subs.subscribe')}
        </button>
      }
    >
      {editing === 'subscribe' && <SubscribeForm customer={customer} onDone={done} />}
      {editing && editing !== 'subscribe' && editing.form === 'plan' && (
        <ChangePlanForm sub={editing.sub} onDone={done} />
      )}
      {editing && editing !== 'subscribe' && editing.form === 'quantity' && (
        <QuantityForm sub={editing.sub} onDone={done} />
      )}
      {editing && editing !== 'subscribe' && editing.form === 'commitments' && (
        <MinimumForm sub={editing.sub} onDone={done} />
      )}
      {editing && editing !== 'subscribe' && editing.form === 'cancel' && (
        <CancelForm sub={editing.sub} onDone={done} />
      )}
      <Async state={state}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(s) => s.id}
            columns={[
              {
                header: t('customer.plan'),
                // The actions sit under the plan, in the column that wraps, so a phone reaches them
                // without scrolling the table sideways.
                cell: (s) => (
                  <>
                    <Link to={`/plans/${s.pricing_plan}`}>
                      <PlanName id={s.pricing_plan} />
                      {s.pricing_plan_version !== undefined && ` v${s.pricing_plan_version}`}
                    </Link>
                    {s.status !== 'canceled' && (
                      <div className="row sub-actions">
                        {button(s, 'plan', t('subs.changePlan'))}
                        {button(s, 'quantity', t('subs.quantities'))}
                        {button(s, 'commitments', t('subs.commitments'))}
                        {button(s, 'cancel', t('subs.cancel'))}
                      </div>
                    )}
                  </>
                ),
              },
              {
                header: t('common.status'),
                cell: (s) => (
                  <>
                    <StatusBadge status={s.status} />
                    {s.cancel_at && s.status !== 'canceled' && (
                      <div className="muted small">{t('subs.cancelsOn', { date: f.date(s.cancel_at) })}</div>
                    )}
                    {s.pending_change?.effective_at && (
                      <div className="muted small">
                        {t('subs.changesOn', { date: f.date(s.pending_change.effective_at) })}
                      </div>
                    )}
                    <Commitments sub={s} />
                  </>
                ),
              },
              {
                header: t('customer.currentPeriod'),
                cell: (s) => f.period(s.current_period_start, s.current_period_end),
                nowrap: true,
              },
              {
                header: t('subs.quantities'),
                cell: (s) => <Quantities sub={s} />,
              },
            ]}
          />
        )}
      </Async>
    </Panel>
  );
}

/** The minimum spend per period and the prepaid commitment, when the subscription has them. */
function Commitments({ sub }: { sub: Subscription }) {
  const { t } = useI18n();
  const f = useFormat();
  const commit = sub.prepaid_commitment;
  return (
    <>
      {sub.minimum && (
        <div className="muted small" data-testid="sub-minimum">
          {t('subs.minimum', { amount: f.money(sub.minimum.amount, sub.minimum.currency) })}
        </div>
      )}
      {commit && (
        <div className="muted small" data-testid="sub-commitment">
          {t('subs.prepaidCommitment', {
            amount: f.money(commit.amount, commit.currency),
            date: f.date(commit.term_end),
          })}
        </div>
      )}
    </>
  );
}

function Quantities({ sub }: { sub: Subscription }) {
  const entries = Object.entries(sub.component_configurations ?? {});
  if (entries.length === 0) return <span className="muted">—</span>;
  return (
    <>
      {entries.map(([fee, c]) => (
        <div key={fee}>
          <FeeName id={fee} /> × {c.quantity}
        </div>
      ))}
    </>
  );
}
