import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { withQuery } from '../../api/client.js';
import type { RevenueSummaryRow } from '../../api/types-more.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { monthlyRows } from './monthly-rows.js';

export function RevenueChartPanel({ start, end }: { start: string; end: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const state = useApi<{ data: RevenueSummaryRow[] }>(
    withQuery('/v1/revenue/summary', { start_time: start, end_time: end }),
  );
  return (
    <Panel title={t('revenue.chart')} testId="revenue-chart">
      <Async state={state}>
        {(summary) =>
          monthlyRows(summary.data).map(({ currency, rows }) => (
            <div key={currency} className="chart" role="img" aria-label={`${t('revenue.chart')} ${currency}`}>
              <h3>{currency}</h3>
              <ResponsiveContainer width="100%" height={240}>
                <BarChart data={rows} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
                  <CartesianGrid strokeDasharray="3 3" vertical={false} />
                  <XAxis dataKey="month" fontSize={11} />
                  <YAxis fontSize={11} width={72} />
                  <Tooltip formatter={(v) => f.money(String(v), currency)} />
                  <Legend />
                  <Bar
                    dataKey="recognized"
                    name={t('revenue.recognized')}
                    fill="#2f9e44"
                    isAnimationActive={false}
                  />
                  <Bar dataKey="billed" name={t('revenue.billed')} fill="#3b5bdb" isAnimationActive={false} />
                </BarChart>
              </ResponsiveContainer>
            </div>
          ))
        }
      </Async>
    </Panel>
  );
}
