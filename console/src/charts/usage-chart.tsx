import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../i18n/i18n.js';
import type { Series } from './usage-series.js';

const COLORS = ['#3b5bdb', '#f08c00', '#2f9e44', '#c2255c', '#1098ad', '#7048e8', '#e8590c', '#5c940d'];

/** Daily usage as bars, stacked when grouped by a dimension. */
export function UsageChart({ series, label, testId }: { series: Series; label: string; testId?: string }) {
  const { locale } = useI18n();
  const compact = new Intl.NumberFormat(locale, { notation: 'compact', maximumFractionDigits: 1 });
  const single = series.names.length === 1;
  return (
    <div className="chart" data-testid={testId} role="img" aria-label={label}>
      <ResponsiveContainer width="100%" height={220}>
        <BarChart data={series.rows} margin={{ top: 8, right: 8, bottom: 0, left: 0 }}>
          <CartesianGrid strokeDasharray="3 3" vertical={false} />
          <XAxis dataKey="day" tickFormatter={(d: string) => d.slice(5)} fontSize={11} />
          <YAxis fontSize={11} width={56} tickFormatter={(v: number) => compact.format(v)} />
          <Tooltip />
          {!single && <Legend />}
          {series.names.map((name, i) => (
            <Bar
              key={name}
              dataKey={name}
              name={single ? label : name}
              stackId="usage"
              fill={COLORS[i % COLORS.length]}
              isAnimationActive={false}
            />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
