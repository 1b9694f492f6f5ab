import { withQuery } from '../../api/client.js';
import type { Customer, Invoice, List, Subscription } from '../../api/types.js';
import { type ApiState, useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { PlanName } from '../../components/resource-name.js';
import { useFormat } from '../../format/use-format.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { InvoiceLines } from '../invoices/invoice-lines.js';
import { InvoiceTotals } from '../invoices/invoice-totals.js';
import { CommitmentBurnDown } from './commitment-burn-down.js';
import { liveSubscriptions } from './current-period.js';

const WARNINGS: Record<string, MessageKey> = {
  tax_address_missing: 'customer.warning.tax_address_missing',
  tax_rate_jurisdiction_missing: 'customer.warning.tax_rate_jurisdiction_missing',
};

function Upcoming({ subscription }: { subscription: Subscription }) {
  const f = useFormat();
  const { t } = useI18n();
  const invoice = useApi<Invoice>(withQuery('/v1/invoices/upcoming', { subscription: subscription.id }));
  return (
    <Async state={invoice}>
      {(inv) => (
        <div className="upcoming" data-testid="upcoming-invoice">
          <p className="muted">
            <PlanName id={subscription.pricing_plan} /> · {f.period(inv.period_start, inv.period_end)}
          </p>
          {inv.warnings?.map((w) => {
            const key = WARNINGS[w.code];
            return (
              <p key={w.code} className="notice warning" role="note" data-testid={`warning-${w.code}`}>
                {key ? t(key) : w.message}
              </p>
            );
          })}
          <InvoiceLines invoice={inv} />
          <InvoiceTotals invoice={inv} />
          <CommitmentBurnDown sub={subscription} customer={inv.customer} />
        </div>
      )}
    </Async>
  );
}

/** What each live subscription will invoice at its period end, as of now. */
export function UpcomingPanel({
  subscriptions,
}: {
  customer: Customer;
  subscriptions: ApiState<List<Subscription>>;
}) {
  const { t } = useI18n();
  return (
    <Panel title={t('customer.upcoming')} testId="upcoming">
      <Async state={subscriptions}>
        {(list) => {
          const live = liveSubscriptions(list.data);
          if (live.length === 0) return <p className="notice muted">{t('customer.upcomingNone')}</p>;
          return live.map((s) => <Upcoming key={s.id} subscription={s} />);
        }}
      </Async>
    </Panel>
  );
}
