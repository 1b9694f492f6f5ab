import { withQuery } from '../../api/client.js';
import type { Invoice, List } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { useI18n } from '../../i18n/i18n.js';
import { InvoiceTable } from '../invoices/invoice-table.js';

export function CustomerInvoicesPanel({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const state = useApi<List<Invoice>>(withQuery('/v1/invoices', { customer: customerId, limit: 50 }));
  return (
    <Panel title={t('customer.invoices')} testId="customer-invoices">
      <Async state={state}>{(list) => <InvoiceTable invoices={list.data} showCustomer={false} />}</Async>
    </Panel>
  );
}
