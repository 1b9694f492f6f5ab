import type { Customer, List, Meter, Subscription } from '../../api/types.js';
import { type ApiState, useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { currentPeriod } from './current-period.js';
import { MeterUsage } from './meter-usage.js';

/** A daily usage chart per meter for the customer's current billing period. */
export function UsagePanel({
  customer,
  subscriptions,
}: {
  customer: Customer;
  subscriptions: ApiState<List<Subscription>>;
}) {
  const { t } = useI18n();
  const f = useFormat();
  const meters = useApi<List<Meter>>('/v1/meters?limit=100');
  // Wait for subscriptions to decide the period, unless they failed (then: the last 30 days).
  const ready = subscriptions.data !== undefined || subscriptions.error !== undefined;
  const period = currentPeriod(subscriptions.data?.data, new Date());
  return (
    <Panel title={`${t('customer.usage')} · ${f.period(period.start, period.end)}`} testId="usage">
      <Async state={meters}>
        {(list) =>
          ready && (
            <div className="grid-2">
              {list.data.map((m) => (
                <MeterUsage key={m.id} meter={m} customerId={customer.id} period={period} />
              ))}
              {list.data.length === 0 && <p className="notice muted">{t('customer.usageEmpty')}</p>}
            </div>
          )
        }
      </Async>
    </Panel>
  );
}
