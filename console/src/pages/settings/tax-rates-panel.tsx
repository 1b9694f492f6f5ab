import { type FormEvent, useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { List } from '../../api/types.js';
import type { TaxRate } from '../../api/types-more.js';
import { useAction } from '../../api/use-action.js';
import { useApi } from '../../api/use-api.js';
import { Async, ErrorNotice } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';

const EMPTY = {
  display_name: '',
  percentage: '',
  inclusive: false,
  country: '',
  state: '',
  isDefault: false,
};

export function TaxRatesPanel() {
  const { t } = useI18n();
  const rates = useApi<List<TaxRate>>('/v1/tax_rates?limit=100');
  const [draft, setDraft] = useState(EMPTY);
  const create = useAction(async () => {
    await apiPost('/v1/tax_rates', {
      display_name: draft.display_name,
      percentage: draft.percentage,
      inclusive: draft.inclusive,
      country: draft.country.toUpperCase(),
      ...(draft.state.trim() ? { state: draft.state.trim() } : {}),
      ...(draft.isDefault ? { default: true } : {}),
    });
    setDraft(EMPTY);
    rates.reload();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void create.run();
  }
  return (
    <Panel title={t('settings.taxRates')} testId="tax-rates">
      <Async state={rates}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(r) => r.id}
            columns={[
              { header: t('common.name'), cell: (r) => r.display_name },
              { header: t('settings.percentage'), cell: (r) => `${r.percentage}%`, align: 'right' },
              {
                header: t('settings.inclusive'),
                cell: (r) => (r.inclusive ? t('common.yes') : t('common.no')),
              },
              { header: t('settings.country'), cell: (r) => r.country ?? '—' },
              { header: t('settings.state'), cell: (r) => r.state ?? '—' },
              {
                header: t('settings.defaultRate'),
                cell: (r) => (r.default ? t('common.yes') : t('common.no')),
              },
              { header: t('common.id'), cell: (r) => <code>{r.id}</code> },
            ]}
          />
        )}
      </Async>
      <form className="inline-form" onSubmit={submit}>
        <input
          name="tax-name"
          placeholder={t('common.name')}
          value={draft.display_name}
          onChange={(e) => setDraft({ ...draft, display_name: e.target.value })}
          required
        />
        <input
          name="tax-percentage"
          placeholder="10"
          inputMode="decimal"
          pattern="[0-9]+(\.[0-9]+)?"
          value={draft.percentage}
          onChange={(e) => setDraft({ ...draft, percentage: e.target.value })}
          required
        />
        <input
          name="tax-country"
          placeholder="JP"
          aria-label={t('settings.country')}
          maxLength={2}
          pattern="[A-Za-z]{2}"
          value={draft.country}
          onChange={(e) => setDraft({ ...draft, country: e.target.value })}
          required
        />
        <input
          name="tax-state"
          placeholder={t('settings.state')}
          aria-label={t('settings.state')}
          maxLength={100}
          value={draft.state}
          onChange={(e) => setDraft({ ...draft, state: e.target.value })}
        />
        <label className="check">
          <input
            type="checkbox"
            checked={draft.inclusive}
            onChange={(e) => setDraft({ ...draft, inclusive: e.target.checked })}
          />
          {t('settings.inclusive')}
        </label>
        <label className="check">
          <input
            type="checkbox"
            name="tax-default"
            checked={draft.isDefault}
            onChange={(e) => setDraft({ ...draft, isDefault: e.target.checked })}
          />
          {t('settings.defaultRate')}
        </label>
        <button type="submit" disabled={create.busy}>
          {t('common.add')}
        </button>
      </form>
      {create.error && <ErrorNotice error={create.error} />}
    </Panel>
  );
}
