import { useMemo } from 'react';
import { withQuery } from '../../api/client.js';
import type { List, Meter, UsageResponse } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Link } from '../../components/link.js';
import { Panel } from '../../components/panel.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { usageChange } from './usage-change.js';

const DAY_MS = 86_400_000;
const DAYS = 30;

function useTotal({ meter, start, end }: { meter: Meter; start: string; end: string }) {
  const usage = useApi<UsageResponse>(
    withQuery(`/v1/meters/${meter.id}/usage`, { start_time: start, end_time: end, granularity: 'none' }),
  );
  return usage.data?.data[0]?.value ?? (usage.data ? '0' : undefined);
}

function MeterRow({
  meter,
  windows,
}: {
  meter: Meter;
  windows: { start: string; mid: string; end: string };
}) {
  const f = useFormat();
  const { label } = useI18n();
  const previous = useTotal({ meter, start: windows.start, end: windows.mid });
  const current = useTotal({ meter, start: windows.mid, end: windows.end });
  const change = current !== undefined && previous !== undefined ? usageChange(previous, current) : undefined;
  return (
    <tr data-testid={`usage-${meter.event_name}`}>
      <td>
        <Link to={`/meters/${meter.id}`}>{meter.display_name || meter.event_name}</Link>
        <div className="muted small">{label('formula', meter.default_aggregation.formula)}</div>
      </td>
      <td className="num">{current === undefined ? '…' : f.quantity(current)}</td>
      <td className="num">{previous === undefined ? '…' : f.quantity(previous)}</td>
      <td className="num">{change ?? '…'}</td>
    </tr>
  );
}

/** Each meter's usage over the last 30 days against the 30 before, across all customers. */
export function UsageOverview() {
  const { t } = useI18n();
  const meters = useApi<List<Meter>>('/v1/meters?limit=100');
  const windows = useMemo(() => {
    const end = Math.ceil(Date.now() / DAY_MS) * DAY_MS;
    const iso = (ms: number) => new Date(ms).toISOString();
    return { start: iso(end - 2 * DAYS * DAY_MS), mid: iso(end - DAYS * DAY_MS), end: iso(end) };
  }, []);
  return (
    <Panel title={t('finance.usage')} testId="usage-overview">
      <Async state={meters}>
        {(list) => (
          <div className="table-scroll">
            <table className="table">
              <thead>
                <tr>
                  <th>{t('meters.title')}</th>
                  <th className="num">{t('finance.last', { n: DAYS })}</th>
                  <th className="num">{t('finance.previous', { n: DAYS })}</th>
                  <th className="num">{t('finance.change')}</th>
                </tr>
              </thead>
              <tbody>
                {list.data.map((m) => (
                  <MeterRow key={m.id} meter={m} windows={windows} />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </Async>
    </Panel>
  );
}
