import type { Invoice } from '../../api/types.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

/** Every line, zero-amount lines included (they show what was measured but not charged). */
export function InvoiceLines({ invoice }: { invoice: Invoice }) {
  const { t, label } = useI18n();
  const f = useFormat();
  return (
    <Table
      rows={invoice.lines}
      rowKey={(l, i) => l.id ?? `${i}`}
      columns={[
        {
          header: t('common.description'),
          cell: (l) => (
            <>
              {l.description}
              {l.period_start && <div className="muted small">{f.period(l.period_start, l.period_end)}</div>}
            </>
          ),
        },
        { header: t('invoice.type'), cell: (l) => <span className="tag">{label('lineType', l.type)}</span> },
        { header: t('invoice.quantity'), cell: (l) => f.quantity(l.quantity), align: 'right' },
        {
          header: t('invoice.unitAmount'),
          cell: (l) => f.unit(l.unit_amount, invoice.currency),
          align: 'right',
        },
        { header: t('common.amount'), cell: (l) => f.money(l.amount, invoice.currency), align: 'right' },
      ]}
    />
  );
}
