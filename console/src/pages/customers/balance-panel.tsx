import type { List } from '../../api/types.js';
import type { BalanceTransaction } from '../../api/types-more.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { Panel } from '../../components/panel.js';
import { ResourceName } from '../../components/resource-name.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

/** The customer balance ledger: credits from negative invoices, amounts applied to later ones. */
export function BalancePanel({ customerId }: { customerId: string }) {
  const { t, label } = useI18n();
  const f = useFormat();
  const state = useApi<List<BalanceTransaction>>(`/v1/customers/${customerId}/balance_transactions?limit=50`);
  return (
    <Panel title={t('customer.balanceTransactions')} testId="balance-transactions">
      <Async state={state}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(r) => r.id}
            columns={[
              { header: t('common.created'), cell: (r) => f.date(r.created_at), nowrap: true },
              { header: t('balance.type'), cell: (r) => label('balanceType', r.type) },
              {
                header: t('common.description'),
                cell: (r) =>
                  r.invoice ? (
                    <Link to={`/invoices/${r.invoice}`}>
                      <ResourceName path="/v1/invoices" id={r.invoice} />
                    </Link>
                  ) : (
                    (r.description ?? '—')
                  ),
              },
              { header: t('common.amount'), cell: (r) => f.money(r.amount, r.currency), align: 'right' },
              {
                header: t('balance.ending'),
                cell: (r) => f.money(r.ending_balance, r.currency),
                align: 'right',
              },
            ]}
          />
        )}
      </Async>
    </Panel>
  );
}
