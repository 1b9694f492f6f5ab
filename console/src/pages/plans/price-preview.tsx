import { useEffect, useState } from 'react';
import type { Price } from '../../api/types.js';
import type { Rate } from '../../api/types-catalog.js';
import { ErrorNotice } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { fetchPreview, type PreviewRow } from './preview-api.js';

const DEFAULT_QUANTITIES = '1, 10, 100, 1000, 10000';

/**
 * Prices a few quantities with the price being edited, on the server (the same rating code that
 * bills), 250 ms after the last keystroke; an older answer never overwrites a newer one.
 */
export function PricePreview({
  planId,
  rate,
  price,
  currency,
}: {
  planId: string;
  rate: Rate;
  price: Price | undefined;
  currency: string;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const [quantities, setQuantities] = useState(DEFAULT_QUANTITIES);
  const [state, setState] = useState<{ rows?: PreviewRow[]; error?: Error; loading?: boolean }>({});
  const key = JSON.stringify([planId, rate.id, price, quantities]);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` holds price and quantities by value; the objects change identity on every render
  useEffect(() => {
    if (!price) return;
    const list = quantities
      .split(/[,\s]+/)
      .map((q) => q.trim())
      .filter((q) => /^[0-9]+(\.[0-9]+)?$/.test(q));
    const controller = new AbortController();
    setState((s) => ({ ...s, loading: true }));
    const timer = setTimeout(() => {
      fetchPreview(planId, rate, price, list, controller.signal).then(
        (rows) => setState({ rows }),
        (error: Error) => error.name !== 'AbortError' && setState({ error }),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [key]);

  return (
    <div className="preview" data-testid="price-preview" aria-busy={state.loading ? 'true' : 'false'}>
      <h4>{t('rate.preview')}</h4>
      <Field label={t('rate.quantities')}>
        <input name="preview-quantities" value={quantities} onChange={(e) => setQuantities(e.target.value)} />
      </Field>
      {state.error && <ErrorNotice error={state.error} />}
      {!state.rows && !state.error && <p className="muted">{t('rate.previewEmpty')}</p>}
      {state.rows && (
        <Table
          rows={state.rows}
          rowKey={(r) => r.quantity}
          columns={[
            { header: t('rate.quantity'), cell: (r) => f.quantity(r.quantity), align: 'right' },
            { header: t('rate.previewAmount'), cell: (r) => f.money(r.amount, currency), align: 'right' },
          ]}
        />
      )}
    </div>
  );
}
