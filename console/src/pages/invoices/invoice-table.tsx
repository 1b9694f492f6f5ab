import type { Invoice } from '../../api/types.js';
import { Link } from '../../components/link.js';
import { CustomerName } from '../../components/resource-name.js';
import { StatusBadge } from '../../components/status-badge.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { DueDate } from './due-date.js';

export function InvoiceTable({
  invoices,
  showCustomer = true,
}: {
  invoices: Invoice[];
  showCustomer?: boolean;
}) {
  const { t } = useI18n();
  const f = useFormat();
  return (
    <Table
      rows={invoices}
      rowKey={(i) => i.id}
      columns={[
        {
          header: t('invoices.number'),
          cell: (i) => <Link to={`/invoices/${i.id}`}>{i.number ?? i.id}</Link>,
        },
        ...(showCustomer
          ? [
              {
                header: t('invoices.customer'),
                cell: (i: Invoice) => (
                  <Link to={`/customers/${i.customer}`}>
                    <CustomerName id={i.customer} />
                  </Link>
                ),
              },
            ]
          : []),
        { header: t('common.status'), cell: (i) => <StatusBadge status={i.status} /> },
        { header: t('common.period'), cell: (i) => f.period(i.period_start, i.period_end), nowrap: true },
        { header: t('common.total'), cell: (i) => f.money(i.total, i.currency), align: 'right' },
        { header: t('invoices.amountDue'), cell: (i) => f.money(i.amount_due, i.currency), align: 'right' },
        { header: t('invoices.dueDate'), cell: (i) => <DueDate invoice={i} />, nowrap: true },
      ]}
    />
  );
}
