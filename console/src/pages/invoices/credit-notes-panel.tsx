import { withQuery } from '../../api/client.js';
import type { Invoice, List } from '../../api/types.js';
import type { CreditNote } from '../../api/types-more.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

export function CreditNotesPanel({ invoice }: { invoice: Invoice }) {
  const { t, label } = useI18n();
  const f = useFormat();
  const state = useApi<List<CreditNote>>(withQuery('/v1/credit_notes', { invoice: invoice.id }));
  return (
    <Panel title={t('invoice.creditNotes')}>
      <Async state={state}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(c) => c.id}
            columns={[
              { header: t('invoices.number'), cell: (c) => <code>{c.number ?? c.id}</code> },
              { header: t('common.created'), cell: (c) => f.date(c.created_at), nowrap: true },
              { header: t('invoice.creditNoteReason'), cell: (c) => label('reason', c.reason) },
              { header: t('invoice.creditNoteMemo'), cell: (c) => c.memo ?? '—' },
              { header: t('common.amount'), cell: (c) => f.money(c.amount, c.currency), align: 'right' },
            ]}
          />
        )}
      </Async>
    </Panel>
  );
}
