import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import type { ProrationPreview } from './proration.js';

/** The proration a change would make now: credits for unused time, charges for the new terms. */
export function ProrationTable({ preview, currency }: { preview: ProrationPreview; currency: string }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <div className="proration" data-testid="proration-preview">
      <h4>{t('subs.prorationPreview')}</h4>
      <Table
        rows={preview.lines}
        rowKey={(l) => `${l.kind}-${l.feeId}`}
        empty={t('subs.noProration')}
        columns={[
          {
            header: t('common.description'),
            cell: (l) => t(l.kind === 'credit' ? 'subs.unusedTime' : 'subs.remainingTime', { name: l.name }),
          },
          { header: t('invoice.quantity'), cell: (l) => f.quantity(l.quantity), align: 'right' },
          { header: t('common.amount'), cell: (l) => f.money(l.amount, currency), align: 'right' },
        ]}
      />
      <p className="row">
        <strong>{t('subs.prorationTotal')}</strong>
        <strong data-testid="proration-total">{f.money(preview.total, currency)}</strong>
      </p>
    </div>
  );
}
