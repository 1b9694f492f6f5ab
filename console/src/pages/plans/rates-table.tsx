import { useState } from 'react';
import { withQuery } from '../../api/client.js';
import type { List } from '../../api/types.js';
import type { Rate, RateCard } from '../../api/types-catalog.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { ItemName } from '../../components/resource-name.js';
import { Table } from '../../components/table.js';
import { useI18n } from '../../i18n/i18n.js';
import { PriceView } from './price-view.js';
import { RateEditor } from './rate-editor.js';

/** The rates of one rate-card version, each with an editor. */
export function RatesTable({
  plan,
  card,
  version,
  onSaved,
}: {
  plan: { id: string; version: number };
  card: RateCard;
  version: number;
  onSaved: () => void;
}) {
  const { t } = useI18n();
  const rates = useApi<List<Rate>>(withQuery(`/v1/rate_cards/${card.id}/rates`, { version }));
  const [editing, setEditing] = useState<string | undefined>();
  return (
    <Async state={rates}>
      {(list) => (
        <>
          <Table
            rows={list.data}
            rowKey={(r) => r.id}
            columns={[
              {
                header: t('plans.billableItem'),
                cell: (r) => <ItemName id={r.billable_item} />,
              },
              {
                header: t('plans.price'),
                cell: (r) => <PriceView price={r.price} currency={card.currency} />,
              },
              {
                header: '',
                cell: (r) => (
                  <button
                    type="button"
                    className="small"
                    data-testid="edit-rate"
                    // A matrix is changed through the API (docs/catalog.md): the editor would flatten it.
                    disabled={r.price.type === 'matrix'}
                    title={r.price.type === 'matrix' ? t('plans.matrixThroughApi') : undefined}
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
              <RateEditor key={r.id} plan={plan} rate={r} currency={card.currency} onSaved={onSaved} />
            ))}
        </>
      )}
    </Async>
  );
}
