import { useEffect, useState } from 'react';
import type { Price } from '../../api/types.js';
import type { Rate } from '../../api/types-catalog.js';
import { ErrorNotice } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { draftAmount } from './draft-amount.js';
import { savedAmounts } from './preview-api.js';

const DEFAULT_QUANTITIES = '1, 10, 100, 1000, 10000';

function parseQuantities(text: string): string[] {
  return [...new Set(text.split(/[,\s]+/).filter((q) => /^[0-9]+(\.[0-9]+)?$/.test(q)))].slice(0, 12);
}

/**
 * For a few quantities: what the plan charges now (the server's preview of the saved version) and
 * what the edited price would charge (recomputed on every keystroke).
 */
export function PricePreview({
  plan,
  rate,
  price,
  currency,
}: {
  plan: { id: string; version: number };
  rate: Rate;
  price: Price | undefined;
  currency: string;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const [text, setText] = useState(DEFAULT_QUANTITIES);
  const [saved, setSaved] = useState<{ amounts?: Map<string, string>; error?: Error }>({});
  const quantities = parseQuantities(text);
  const key = quantities.join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the quantities by value
  useEffect(() => {
    const controller = new AbortController();
    const timer = setTimeout(() => {
      savedAmounts(plan, rate, key.split(',').filter(Boolean), controller.signal).then(
        (amounts) => setSaved({ amounts }),
        (error: Error) => error.name !== 'AbortError' && setSaved({ error }),
      );
    }, 250);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [plan.id, plan.version, rate.id, key]);

  return (
    <div className="preview" data-testid="price-preview">
      <h4>{t('rate.preview')}</h4>
      <Field label={t('rate.quantities')}>
        <input name="preview-quantities" value={text} onChange={(e) => setText(e.target.value)} />
      </Field>
      {saved.error && <ErrorNotice error={saved.error} />}
      <Table
        rows={quantities}
        rowKey={(q) => q}
        columns={[
          { header: t('rate.quantity'), cell: (q) => f.quantity(q), align: 'right' },
          {
            header: t('rate.current'),
            cell: (q) => (
              <span data-testid={`preview-now-${q}`}>
                {saved.amounts ? f.money(saved.amounts.get(q), currency) : '…'}
              </span>
            ),
            align: 'right',
          },
          {
            header: t('rate.edited'),
            cell: (q) => (
              <strong data-testid={`preview-${q}`}>
                {price ? f.money(draftAmount(price, q, currency), currency) : '—'}
              </strong>
            ),
            align: 'right',
          },
        ]}
      />
    </div>
  );
}
