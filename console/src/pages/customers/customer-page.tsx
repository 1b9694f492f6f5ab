import { withQuery } from '../../api/client.js';
import type { Customer, List, Subscription } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { useI18n } from '../../i18n/i18n.js';
import { BalancePanel } from './balance-panel.js';
import { CreditPanel } from './credit-panel.js';
import { CustomerDetails } from './customer-details.js';
import { CustomerInvoicesPanel } from './customer-invoices-panel.js';
import { SubscriptionsPanel } from './subscriptions-panel.js';
import { UpcomingPanel } from './upcoming-panel.js';
import { UsagePanel } from './usage-panel.js';

/**
 * One customer. Every panel loads on its own: a slow usage query leaves the invoices and the
 * balance readable.
 */
export function CustomerPage({ id }: { id: string }) {
  const { t } = useI18n();
  const customer = useApi<Customer>(`/v1/customers/${encodeURIComponent(id)}`);
  const subscriptions = useApi<List<Subscription>>(
    customer.data ? withQuery('/v1/subscriptions', { customer: customer.data.id, limit: 100 }) : null,
  );
  return (
    <div className="page">
      <Link to="/customers" className="back">
        ← {t('nav.customers')}
      </Link>
      <Async state={customer}>
        {(c) => (
          <>
            <h1 data-testid="customer-name">{c.name ?? c.id}</h1>
            <CustomerDetails customer={c} />
            <div className="grid-2">
              <CreditPanel customerId={c.id} />
              <BalancePanel customerId={c.id} />
            </div>
            <SubscriptionsPanel state={subscriptions} />
            <UsagePanel customer={c} subscriptions={subscriptions} />
            <UpcomingPanel customer={c} subscriptions={subscriptions} />
            <CustomerInvoicesPanel customerId={c.id} />
          </>
        )}
      </Async>
    </div>
  );
}
