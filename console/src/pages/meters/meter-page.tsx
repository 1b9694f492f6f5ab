import { useState } from 'react';
import type { Meter } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { useI18n } from '../../i18n/i18n.js';
import { MeterUsageChart } from './meter-usage-chart.js';

const RANGES = [7, 30, 90] as const;

/** A meter's usage by day, optionally grouped by one of its dimensions and narrowed to a customer. */
export function MeterPage({ id }: { id: string }) {
  const { t } = useI18n();
  const meter = useApi<Meter>(`/v1/meters/${encodeURIComponent(id)}`);
  const [days, setDays] = useState<number>(30);
  const [groupBy, setGroupBy] = useState('');
  const [customer, setCustomer] = useState('');
  return (
    <div className="page">
      <Link to="/meters" className="back">
        ← {t('nav.meters')}
      </Link>
      <Async state={meter}>
        {(m) => (
          <>
            <h1>
              {m.display_name || m.event_name} <code className="muted small">{m.event_name}</code>
            </h1>
            <div className="toolbar">
              <Field label={t('common.period')}>
                <select name="range" value={days} onChange={(e) => setDays(Number(e.target.value))}>
                  {RANGES.map((n) => (
                    <option key={n} value={n}>
                      {t('meters.days', { n })}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('meters.groupBy')}>
                <select name="group-by" value={groupBy} onChange={(e) => setGroupBy(e.target.value)}>
                  <option value="">{t('meters.none')}</option>
                  {(m.dimension_payload_keys ?? []).map((k) => (
                    <option key={k} value={k}>
                      {k}
                    </option>
                  ))}
                </select>
              </Field>
              <Field label={t('meters.customer')}>
                <input
                  name="customer"
                  placeholder="cus_… / tenant-…"
                  value={customer}
                  onChange={(e) => setCustomer(e.target.value)}
                />
              </Field>
            </div>
            <MeterUsageChart meter={m} days={days} groupBy={groupBy} customer={customer.trim()} />
          </>
        )}
      </Async>
    </div>
  );
}
