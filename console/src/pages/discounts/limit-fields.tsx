import { useI18n } from '../../i18n/i18n.js';

/** A day typed in a date input as the API's timestamp: the start of that day in UTC. */
export const startOfDayUtc = (day: string) => new Date(`${day}T00:00:00Z`).toISOString();

/** The two limits coupons and promotion codes share: at most N redemptions, and a last day. */
export function LimitFields({
  prefix,
  dayLabel,
  max,
  day,
  onChange,
}: {
  prefix: string;
  dayLabel: string;
  max: string;
  day: string;
  onChange: (next: { max: string; day: string }) => void;
}) {
  const { t } = useI18n();
  return (
    <>
      <input
        name={`${prefix}-max`}
        placeholder={t('discounts.maxRedemptions')}
        aria-label={t('discounts.maxRedemptions')}
        inputMode="numeric"
        value={max}
        onChange={(e) => onChange({ max: e.target.value, day })}
      />
      <input
        type="date"
        name={`${prefix}-day`}
        aria-label={dayLabel}
        value={day}
        onChange={(e) => onChange({ max, day: e.target.value })}
      />
    </>
  );
}
