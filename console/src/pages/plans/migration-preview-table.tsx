import { CustomerName } from '../../components/resource-name.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { differenceSum, type MigrationPreview, totalDifference } from './plan-migration.js';

/** The dry run: each subscription's upcoming total on the old and the new version, and the difference. */
export function MigrationPreviewTable({ preview }: { preview: MigrationPreview }) {
  const { t } = useI18n();
  const f = useFormat();
  const money = (v: string | null) => (v === null ? '—' : f.money(v, preview.currency));
  return (
    <div data-testid="migration-preview">
      <p className="muted">
        {t('migration.previewSummary', {
          count: preview.data.length,
          difference: f.money(differenceSum(preview.data), preview.currency),
        })}
        {preview.has_more && ` ${t('migration.previewMore')}`}
      </p>
      <Table
        rows={preview.data}
        rowKey={(r) => r.subscription}
        empty={t('migration.noSubscriptions')}
        columns={[
          { header: t('migration.subscription'), cell: (r) => <code>{r.subscription}</code>, nowrap: true },
          { header: t('invoices.customer'), cell: (r) => <CustomerName id={r.customer} /> },
          { header: t('migration.effectiveAt'), cell: (r) => f.date(r.effective_at), nowrap: true },
          { header: t('migration.oldTotal'), cell: (r) => money(r.old_upcoming_total), align: 'right' },
          { header: t('migration.newTotal'), cell: (r) => money(r.new_upcoming_total), align: 'right' },
          { header: t('migration.difference'), cell: (r) => money(totalDifference(r)), align: 'right' },
          {
            header: t('migration.prorationNow'),
            cell: (r) => money(r.proration_invoice_total),
            align: 'right',
          },
          {
            header: t('common.status'),
            cell: (r) =>
              r.error ? <code title={r.error.message}>{r.error.code}</code> : t('migration.ready'),
          },
        ]}
      />
    </div>
  );
}
