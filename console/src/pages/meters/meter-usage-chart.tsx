import { useMemo } from 'react';
import { withQuery } from '../../api/client.js';
import type { Meter, UsageResponse } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { UsageChart } from '../../charts/usage-chart.js';
import { dailySeries } from '../../charts/usage-series.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

const DAY_MS = 86_400_000;

export function MeterUsageChart({
  meter,
  days,
  groupBy,
  customer,
}: {
  meter: Meter;
  days: number;
  groupBy: string;
  customer: string;
}) {
  const { t } = useI18n();
  const f = useFormat();
  // Whole UTC days up to tomorrow, so today's partial usage is in the last bar.
  const period = useMemo(() => {
    const end = new Date(Math.ceil(Date.now() / DAY_MS) * DAY_MS);
    return { start: new Date(end.getTime() - days * DAY_MS).toISOString(), end: end.toISOString() };
  }, [days]);
  const usage = useApi<UsageResponse>(
    withQuery(`/v1/meters/${meter.id}/usage`, {
      start_time: period.start,
      end_time: period.end,
      granularity: 'day',
      group_by: groupBy,
      customer,
    }),
  );
  return (
    <Panel title={`${t('meters.usage')} · ${f.period(period.start, period.end)}`} testId="meter-usage">
      <Async state={usage}>
        {(u) => (
          <UsageChart
            series={dailySeries(u.data, period.start, period.end, f.timeZone, groupBy || undefined)}
            label={meter.display_name || meter.event_name}
          />
        )}
      </Async>
    </Panel>
  );
}
