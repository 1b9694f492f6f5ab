import { useState } from 'react';
import { withQuery } from '../../api/client.js';
import type { Customer, List, Subscription } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { useI18n } from '../../i18n/i18n.js';
import { CustomerDiscountPanel } from '../discounts/customer-discount-panel.js';
import { BalancePanel } from './balance-panel.js';
import { CreditGrantsPanel } from './credit-grants-panel.js';
import { CreditPanel } from './credit-panel.js';
import { CustomerDetails } from './customer-details.js';
import { CustomerForm } from './customer-form.js';
import { CustomerInvoicesPanel } from './customer-invoices-panel.js';
import { EntitlementsPanel } from './entitlements-panel.js';
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
  const [editing, setEditing] = useState(false);
  // A change to subscriptions or credits moves the upcoming invoice, the balance and the invoices.
  const [version, setVersion] = useState(0);
  const changed = () => {
    subscriptions.reload();
    setVersion((v) => v + 1);
  };
  return (
    <div className="page">
      <Link to="/customers" className="back">
        ← {t('nav.customers')}
      </Link>
      <Async state={customer}>
        {(c) => (
          <>
            <h1 data-testid="customer-name">{c.name ?? c.id}</h1>
            {editing ? (
              <CustomerForm
                customer={c}
                onSaved={() => {
                  setEditing(false);
                  customer.reload();
                }}
                onCancel={() => setEditing(false)}
              />
            ) : (
              <>
                <CustomerDetails customer={c} />
                <div className="row">
                  <button type="button" data-testid="edit-customer" onClick={() => setEditing(true)}>
                    {t('customers.edit')}
                  </button>
                </div>
              </>
            )}
            <SubscriptionsPanel customer={c} state={subscriptions} onChanged={changed} />
            <div className="grid-2" key={`credit-${version}`}>
              <CreditPanel customerId={c.id} />
              <BalancePanel customerId={c.id} />
            </div>
            <CustomerDiscountPanel customerId={c.id} onChanged={changed} />
            <CreditGrantsPanel customer={c} onChanged={changed} />
            <UsagePanel customer={c} subscriptions={subscriptions} />
            <EntitlementsPanel key={`entitlements-${version}`} customerId={c.id} />
            <UpcomingPanel key={`upcoming-${version}`} customer={c} subscriptions={subscriptions} />
            <CustomerInvoicesPanel key={`invoices-${version}`} customerId={c.id} />
          </>
        )}
      </Async>
    </div>
  );
}
