import { useState } from 'react';
import { withQuery } from '../../api/client.js';
import type { List } from '../../api/types.js';
import type { Rate, RateCard } from '../../api/types-catalog.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { priceSummary } from './price-summary.js';
import { RateEditor } from './rate-editor.js';

/** The rates of one rate card at the plan's pinned version, each editable. */
export function RateCardRates({
  planId,
  rateCardId,
  version,
}: {
  planId: string;
  rateCardId: string;
  version: number | null;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const card = useApi<RateCard>(`/v1/rate_cards/${rateCardId}`);
  const rates = useApi<List<Rate>>(
    withQuery(`/v1/rate_cards/${rateCardId}/rates`, { version: version ?? undefined, limit: 100 }),
  );
  const [editing, setEditing] = useState<string | undefined>();
  const currency = card.data?.currency ?? 'USD';
  return (
    <Panel title={`${t('plans.rates')} · ${card.data?.name ?? rateCardId}`} testId={`rates-${rateCardId}`}>
      <Async state={rates}>
        {(list) => (
          <>
            <Table
              rows={list.data}
              rowKey={(r) => r.id}
              columns={[
                { header: t('plans.billableItem'), cell: (r) => <code>{r.billable_item}</code> },
                { header: t('plans.price'), cell: (r) => priceSummary(r.price, (a) => f.unit(a, currency)) },
                {
                  header: '',
                  cell: (r) => (
                    <button
                      type="button"
                      className="small"
                      onClick={() => setEditing(editing === r.id ? undefined : r.id)}
                    >
                      {t('plans.editRate')}
                    </button>
                  ),
                },
              ]}
            />
            {list.data
              .filter((r) => r.id === editing)
              .map((r) => (
                <RateEditor
                  key={r.id}
                  planId={planId}
                  rate={r}
                  currency={currency}
                  onSaved={() => {
                    setEditing(undefined);
                    rates.reload();
                  }}
                />
              ))}
          </>
        )}
      </Async>
    </Panel>
  );
}
