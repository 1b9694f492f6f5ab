import { useState } from 'react';
import { apiPost, withQuery } from '../../api/client.js';
import type { Customer, List } from '../../api/types.js';
import type { CreditGrant } from '../../api/types-more.js';
import { submitting, useAction } from '../../api/use-action.js';
import { useApi } from '../../api/use-api.js';
import { Async, ErrorNotice } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { Panel } from '../../components/panel.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

const DECIMAL = '[0-9]+(\\.[0-9]+)?';

/** The customer's credit grants: grant credits (paid or promotional), see what is left, void. */
export function CreditGrantsPanel({ customer, onChanged }: { customer: Customer; onChanged: () => void }) {
  const { t, label } = useI18n();
  const f = useFormat();
  const grants = useApi<List<CreditGrant>>(
    withQuery('/v1/credit_grants', { customer: customer.id, limit: 100 }),
  );
  const [adding, setAdding] = useState(false);
  const [draft, setDraft] = useState({
    name: '',
    value: '',
    currency: customer.currency ?? '',
    category: 'promotional',
    expires: '',
  });
  const create = useAction(async () => {
    await apiPost('/v1/credit_grants', {
      customer: customer.id,
      amount: { currency: draft.currency.trim().toUpperCase(), value: draft.value.trim() },
      category: draft.category,
      ...(draft.name.trim() ? { name: draft.name.trim() } : {}),
      // The end of the chosen day in the browser's zone: the grant is usable through that day.
      ...(draft.expires ? { expires_at: new Date(`${draft.expires}T23:59:59`).toISOString() } : {}),
    });
    setAdding(false);
    setDraft({ ...draft, name: '', value: '', expires: '' });
    grants.reload();
    onChanged();
  });
  const voidGrant = useAction(async (id: string) => {
    await apiPost(`/v1/credit_grants/${id}/void`);
    grants.reload();
    onChanged();
  });
  return (
    <Panel
      title={t('grants.title')}
      testId="credit-grants"
      actions={
        <button type="button" className="small" data-testid="new-grant" onClick={() => setAdding((v) => !v)}>
          {t('grants.new')}
        </button>
      }
    >
      {adding && (
        <form className="form-panel" onSubmit={submitting(create.run)}>
          <div className="form-grid">
            <Field label={t('common.name')}>
              <input
                name="grant-name"
                value={draft.name}
                onChange={(e) => setDraft({ ...draft, name: e.target.value })}
              />
            </Field>
            <Field label={t('common.amount')}>
              <input
                name="grant-amount"
                inputMode="decimal"
                pattern={DECIMAL}
                required
                value={draft.value}
                onChange={(e) => setDraft({ ...draft, value: e.target.value })}
              />
            </Field>
            <Field label={t('common.currency')}>
              <input
                name="grant-currency"
                maxLength={3}
                required
                value={draft.currency}
                onChange={(e) => setDraft({ ...draft, currency: e.target.value })}
              />
            </Field>
            <Field label={t('grants.category')}>
              <select
                name="grant-category"
                value={draft.category}
                onChange={(e) => setDraft({ ...draft, category: e.target.value })}
              >
                {['promotional', 'paid'].map((c) => (
                  <option key={c} value={c}>
                    {label('category', c)}
                  </option>
                ))}
              </select>
            </Field>
            <Field label={t('grants.expires')}>
              <input
                name="grant-expires"
                type="date"
                value={draft.expires}
                onChange={(e) => setDraft({ ...draft, expires: e.target.value })}
              />
            </Field>
          </div>
          <div className="row">
            <button type="submit" className="primary" disabled={create.busy}>
              {t('grants.grant')}
            </button>
          </div>
          {create.error && <ErrorNotice error={create.error} />}
        </form>
      )}
      <Async state={grants}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(g) => g.id}
            columns={[
              { header: t('common.name'), cell: (g) => g.name ?? '—' },
              { header: t('grants.category'), cell: (g) => label('category', g.category) },
              { header: t('common.status'), cell: (g) => <StatusBadge status={g.status} /> },
              {
                header: t('credit.granted'),
                cell: (g) => f.money(g.amount.value, g.amount.currency),
                align: 'right',
              },
              {
                header: t('grants.remaining'),
                cell: (g) => f.money(g.remaining.value, g.remaining.currency),
                align: 'right',
              },
              { header: t('grants.expires'), cell: (g) => f.date(g.expires_at), nowrap: true },
              {
                header: '',
                cell: (g) =>
                  g.status === 'active' || g.status === 'pending' ? (
                    <button
                      type="button"
                      className="danger small"
                      data-testid={`void-grant-${g.id}`}
                      disabled={voidGrant.busy}
                      onClick={() => window.confirm(t('grants.confirmVoid')) && voidGrant.run(g.id)}
                    >
                      {t('grants.void')}
                    </button>
                  ) : null,
              },
            ]}
          />
        )}
      </Async>
      {voidGrant.error && <ErrorNotice error={voidGrant.error} />}
    </Panel>
  );
}
