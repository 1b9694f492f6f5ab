import type { Price } from '../../api/types.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

/**
 * A price as a person reads it: "$0.001 per unit", "¥500 per 1,000 units (round up)", or one
 * row per tier ("≤ 1,000,000: $0.000002 per unit") or per matrix combination ("us, large: $2 per unit"), or a percentage ("2.9 % + $0.30 per
 * event (at least $0.50, at most $20.00)").
 */
export function PriceView({ price, currency }: { price: Price; currency: string }) {
  const { t, label } = useI18n();
  const f = useFormat();
  const unit = (a: string) => f.unit(a, currency);
  switch (price.type) {
    case 'per_unit':
      return <span>{t('price.perUnit', { amount: unit(price.unit_amount) })}</span>;
    case 'package':
      return (
        <span>
          {t('price.perPackage', { amount: unit(price.unit_amount), size: f.quantity(price.package_size) })} (
          {label('rounding', price.rounding ?? 'up')})
        </span>
      );
    case 'tiered': {
      let previous: string | null = null;
      return (
        <div>
          <span className="muted small">
            {t(price.tiers_mode === 'volume' ? 'price.volume' : 'price.graduated')}
          </span>
          <ul className="price-lines">
            {price.tiers.map((tier) => {
              const range =
                tier.up_to === null ? `> ${f.quantity(previous ?? '0')}` : `≤ ${f.quantity(tier.up_to)}`;
              previous = tier.up_to;
              const flat = tier.flat_amount && !/^0*(\.0*)?$/.test(tier.flat_amount);
              return (
                <li key={range} className="nowrap">
                  {range}: {t('price.perUnit', { amount: unit(tier.unit_amount) })}
                  {flat && ` + ${t('price.flat', { amount: unit(tier.flat_amount) })}`}
                </li>
              );
            })}
          </ul>
        </div>
      );
    }
    case 'percentage': {
      const limits = [
        price.min_per_event && t('price.minPerEvent', { amount: unit(price.min_per_event) }),
        price.max_per_event && t('price.maxPerEvent', { amount: unit(price.max_per_event) }),
      ].filter(Boolean);
      return (
        <span>
          {t('price.percentage', { percent: f.quantity(price.percentage) })}
          {price.fixed_amount_per_event &&
            ` + ${t('price.perEvent', { amount: unit(price.fixed_amount_per_event) })}`}
          {limits.length > 0 && ` (${limits.join(', ')})`}
        </span>
      );
    }
    case 'matrix':
      return (
        <div>
          <span className="muted small">{price.dimensions.join(' × ')}</span>
          <ul className="price-lines">
            {price.entries.map((entry) => (
              <li key={entry.values.join('\u0000')} className="nowrap">
                {entry.values.join(', ')}: {t('price.perUnit', { amount: unit(entry.unit_amount) })}
              </li>
            ))}
            {price.default_unit_amount !== null && (
              <li className="nowrap">
                {t('price.otherCombinations')}:{' '}
                {t('price.perUnit', { amount: unit(price.default_unit_amount) })}
              </li>
            )}
          </ul>
        </div>
      );
  }
}

/** A license fee's price: "¥25,000 per month", "$490 every 12 months". */
export function FeePrice({
  amount,
  currency,
  interval,
  count,
}: {
  amount: string;
  currency: string;
  interval: string;
  count: number;
}) {
  const { t, label } = useI18n();
  const f = useFormat();
  const money = f.unit(amount, currency);
  return (
    <span>
      {count === 1
        ? t('price.perInterval', { amount: money, interval: label('interval', interval) })
        : t('price.everyIntervals', { amount: money, count, interval: label('interval', interval) })}
    </span>
  );
}
