import type { CreditBalance } from '../../api/types-more.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

export function CreditPanel({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const state = useApi<CreditBalance>(`/v1/customers/${customerId}/credit_balance`);
  return (
    <Panel title={t('customer.credit')} testId="credit-balance">
      <Async state={state}>
        {(b) => (
          <Table
            rows={b.balances}
            rowKey={(r) => r.currency}
            columns={[
              { header: t('common.currency'), cell: (r) => r.currency },
              {
                header: t('credit.available'),
                cell: (r) => f.money(r.available, r.currency),
                align: 'right',
              },
              { header: t('credit.granted'), cell: (r) => f.money(r.granted, r.currency), align: 'right' },
              { header: t('credit.consumed'), cell: (r) => f.money(r.consumed, r.currency), align: 'right' },
            ]}
          />
        )}
      </Async>
    </Panel>
  );
}
