import type { Customer } from '../../api/types.js';
import { Link } from '../../components/link.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

export function CustomerTable({ customers, empty }: { customers: Customer[]; empty?: string }) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Table
      rows={customers}
      rowKey={(c) => c.id}
      {...(empty ? { empty } : {})}
      columns={[
        {
          header: t('common.name'),
          cell: (c) => (
            <Link to={`/customers/${c.id}`}>{c.name ?? c.billing_details.company_name ?? c.id}</Link>
          ),
        },
        { header: t('customers.externalId'), cell: (c) => <code>{c.external_id ?? '—'}</code> },
        { header: t('common.email'), cell: (c) => c.email ?? '—' },
        { header: t('common.currency'), cell: (c) => c.currency ?? '—' },
        { header: t('common.created'), cell: (c) => f.date(c.created_at), nowrap: true },
      ]}
    />
  );
}
