import type { List } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { useI18n } from '../../i18n/i18n.js';
import { CouponsPanel } from './coupons-panel.js';
import { PromotionCodesPanel } from './promotion-codes-panel.js';
import type { Coupon } from './types.js';

/** Coupons and the promotion codes that redeem them (issue #14). */
export function DiscountsPage() {
  const { t } = useI18n();
  const coupons = useApi<List<Coupon>>('/v1/coupons?limit=100');
  return (
    <div className="page">
      <h1>{t('discounts.title')}</h1>
      <CouponsPanel coupons={coupons} />
      <PromotionCodesPanel
        coupons={(coupons.data?.data ?? []).filter((c) => c.valid)}
        onCreated={coupons.reload}
      />
    </div>
  );
}
