import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { ErrorNotice, Loading } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { monthlyRows } from './monthly-rows.js';
import type { Summaries } from './use-summaries.js';

/** Recognized vs billed per month, one chart per currency; a click on a month opens its journal. */
export function RevenueChartPanel({
  months,
  summaries,
  onSelect,
}: {
  months: string[];
  summaries: Summaries;
  onSelect: (month: string) => void;
}) {
  const { t, locale } = useI18n();
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const f = useFormat();
  const charts = monthlyRows(months, summaries.byMonth);
  return (
    <Panel title={t('revenue.chart')} testId="revenue-chart">
      {summaries.error && <ErrorNotice error={summaries.error} />}
      {summaries.loading && charts.length === 0 && <Loading />}
      {!summaries.loading && !summaries.error && charts.length === 0 && (
        <p className="notice muted">{t('common.empty')}</p>
      )}
      {charts.map(({ currency, rows }) => (
        <div key={currency} className="chart" role="img" aria-label={`${t('revenue.chart')} ${currency}`}>
          <h3>{currency}</h3>
          <ResponsiveContainer width="100%" height={240}>
            <BarChart
              data={rows}
              margin={{ top: 8, right: 8, bottom: 0, left: 8 }}
              onClick={(e) => {
                const label = (e as { activeLabel?: string | number } | null)?.activeLabel;
                if (label !== undefined) onSelect(String(label));
              }}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="month" fontSize={11} />
              <YAxis fontSize={11} width={72} tickFormatter={(v: number) => compact.format(v)} />
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
      ))}
    </Panel>
  );
}
