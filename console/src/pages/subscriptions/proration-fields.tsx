import { Field } from '../../components/field.js';
import { useI18n } from '../../i18n/i18n.js';

export interface Timing {
  effective: 'now' | 'period_end';
  behavior: 'create_prorations' | 'always_invoice' | 'none';
}

const BEHAVIORS = ['create_prorations', 'always_invoice', 'none'] as const;

/** When a change takes effect and how the difference is billed. */
export function ProrationFields({ timing, onChange }: { timing: Timing; onChange: (t: Timing) => void }) {
  const { t } = useI18n();
  return (
    <div className="form-grid">
      <Field label={t('subs.effective')}>
        <select
          name="effective-at"
          value={timing.effective}
          onChange={(e) => onChange({ ...timing, effective: e.target.value as Timing['effective'] })}
        >
          <option value="now">{t('subs.effective.now')}</option>
          <option value="period_end">{t('subs.effective.period_end')}</option>
        </select>
      </Field>
      {timing.effective === 'now' && (
        <Field label={t('subs.proration')}>
          <select
            name="proration-behavior"
            value={timing.behavior}
            onChange={(e) => onChange({ ...timing, behavior: e.target.value as Timing['behavior'] })}
          >
            {BEHAVIORS.map((b) => (
              <option key={b} value={b}>
                {t(`subs.proration.${b}`)}
              </option>
            ))}
          </select>
        </Field>
      )}
    </div>
  );
}
