import { Field } from '../../components/field.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import type { PlanFee, Quantities } from './proration.js';

/** One quantity box per license fee (seats, instances…), labelled with the fee's name and price. */
export function QuantityFields({
  fees,
  currency,
  quantities,
  onChange,
}: {
  fees: PlanFee[];
  currency: string;
  quantities: Quantities;
  onChange: (next: Quantities) => void;
}) {
  const { t } = useI18n();
  const f = useFormat();
  if (fees.length === 0) return <p className="notice muted">{t('subs.noFees')}</p>;
  return (
    <div className="form-grid">
      {fees.map((fee) => (
        <Field key={fee.id} label={`${fee.name} · ${f.unit(fee.unitAmount, currency)}`}>
          <input
            name={`quantity-${fee.id}`}
            data-testid={`quantity-${fee.name}`}
            inputMode="decimal"
            pattern="[0-9]+(\.[0-9]+)?"
            value={quantities[fee.id] ?? '1'}
            onChange={(e) => onChange({ ...quantities, [fee.id]: e.target.value })}
          />
        </Field>
      ))}
    </div>
  );
}

/** Valid quantities only, as the API's component_configurations. */
export function configurations(fees: PlanFee[], quantities: Quantities) {
  return Object.fromEntries(
    fees
      .filter((fee) => /^[0-9]+(\.[0-9]+)?$/.test(quantities[fee.id] ?? '1'))
      .map((fee) => [fee.id, { quantity: quantities[fee.id] ?? '1' }]),
  );
}

export function quantitiesValid(fees: PlanFee[], quantities: Quantities): boolean {
  return fees.every((fee) => /^[0-9]+(\.[0-9]+)?$/.test(quantities[fee.id] ?? '1'));
}
