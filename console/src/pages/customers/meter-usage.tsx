import { withQuery } from '../../api/client.js';
import type { Meter, UsageResponse } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { UsageChart } from '../../charts/usage-chart.js';
import { dailySeries } from '../../charts/usage-series.js';
import { Async } from '../../components/async.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * One meter for one customer: the period's aggregate (computed by the server with the meter's own
 * formula, so `max` is the period's max, not a sum of daily maxima) and a daily chart.
 */
export function MeterUsage({
  meter,
  customerId,
  period,
}: {
  meter: Meter;
  customerId: string;
  period: { start: string; end: string };
}) {
  const f = useFormat();
  const { label } = useI18n();
  const query = { customer: customerId, start_time: period.start, end_time: period.end };
  const daily = useApi<UsageResponse>(
    withQuery(`/v1/meters/${meter.id}/usage`, { ...query, granularity: 'day' }),
  );
  const total = useApi<UsageResponse>(
    withQuery(`/v1/meters/${meter.id}/usage`, { ...query, granularity: 'none' }),
  );
  const name = meter.display_name || meter.event_name;
  return (
    <div className="meter-usage" data-testid={`meter-usage-${meter.event_name}`}>
      <h3>
        {name}{' '}
        <span className="big-number">{total.data ? f.quantity(total.data.data[0]?.value ?? '0') : '…'}</span>{' '}
        <span className="muted small">{label('formula', meter.default_aggregation.formula)}</span>
      </h3>
      <Async state={daily}>
        {(u) => (
          <UsageChart series={dailySeries(u.data, period.start, period.end, f.timeZone)} label={name} />
        )}
      </Async>
    </div>
  );
}
