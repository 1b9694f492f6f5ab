import { useMemo, useState } from 'react';
import { Field } from '../../components/field.js';
import { useI18n } from '../../i18n/i18n.js';
import { useSession } from '../../session/session.js';
import { JournalPanel } from './journal-panel.js';
import { lastMonths } from './months.js';
import { RevenueChartPanel } from './revenue-chart-panel.js';
import { useSummaries } from './use-summaries.js';

/** Recognized vs billed per month over the chosen range, and the journal of one month. */
export function RevenuePage() {
  const { t } = useI18n();
  const { timeZone } = useSession();
  const [count, setCount] = useState(6);
  const months = useMemo(() => lastMonths(count, timeZone, new Date()), [count, timeZone]);
  const summaries = useSummaries(months);
  const [selected, setSelected] = useState<string | undefined>();
  const month = selected && months.includes(selected) ? selected : months.at(-1);
  const bounds = month ? summaries.byMonth.get(month) : undefined;
  return (
    <div className="page">
      <h1>{t('revenue.title')}</h1>
      <div className="toolbar">
        <Field label={t('common.period')}>
          <select name="months" value={count} onChange={(e) => setCount(Number(e.target.value))}>
            {[3, 6, 12].map((n) => (
              <option key={n} value={n}>
                {t('revenue.months', { n })}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('revenue.journalMonth')}>
          <select name="journal-month" value={month} onChange={(e) => setSelected(e.target.value)}>
            {months.map((m) => (
              <option key={m} value={m}>
                {m}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <RevenueChartPanel months={months} summaries={summaries} onSelect={setSelected} />
      {bounds && (
        <JournalPanel key={month} month={bounds.month} start={bounds.start_time} end={bounds.end_time} />
      )}
    </div>
  );
}
