import { useMemo, useState } from 'react';
import { Field } from '../../components/field.js';
import { useI18n } from '../../i18n/i18n.js';
import { JournalPanel } from './journal-panel.js';
import { RevenueChartPanel } from './revenue-chart-panel.js';

/** Recognized vs billed per month over the chosen range, and the journal behind it. */
export function RevenuePage() {
  const { t } = useI18n();
  const [months, setMonths] = useState(6);
  const range = useMemo(() => {
    const now = new Date();
    const end = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1));
    const start = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1 - months, 1));
    return { start: start.toISOString(), end: end.toISOString() };
  }, [months]);
  return (
    <div className="page">
      <h1>{t('revenue.title')}</h1>
      <div className="toolbar">
        <Field label={t('common.period')}>
          <select name="months" value={months} onChange={(e) => setMonths(Number(e.target.value))}>
            {[3, 6, 12].map((n) => (
              <option key={n} value={n}>
                {t('revenue.months', { n })}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <RevenueChartPanel start={range.start} end={range.end} />
      <JournalPanel start={range.start} end={range.end} />
    </div>
  );
}
