import { type FormEvent, useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { List } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { type ApiState, useApi } from '../../api/use-api.js';
import { Async, ErrorNotice } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { formatDate, formatMoney } from '../../format/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { useSession } from '../../session/session.js';
import { LimitFields, startOfDayUtc } from './limit-fields.js';
import type { Coupon, PromotionCode } from './types.js';

const EMPTY = {
  code: '',
  coupon: '',
  max: '',
  expires: '',
  firstTime: false,
  minimum: '',
  minimumCurrency: 'USD',
};

export function PromotionCodesPanel({ coupons, onCreated }: { coupons: Coupon[]; onCreated: () => void }) {
  const { t, locale } = useI18n();
  const { timeZone } = useSession();
  const codes: ApiState<List<PromotionCode>> = useApi('/v1/promotion_codes?limit=100');
  const [draft, setDraft] = useState(EMPTY);
  const couponName = (id: string) => coupons.find((c) => c.id === id)?.name ?? id;
  const create = useAction(async () => {
    await apiPost('/v1/promotion_codes', {
      code: draft.code.trim(),
      coupon: draft.coupon || coupons[0]?.id,
      ...(draft.max ? { max_redemptions: Number(draft.max) } : {}),
      ...(draft.expires ? { expires_at: startOfDayUtc(draft.expires) } : {}),
      ...(draft.firstTime || draft.minimum
        ? {
            restrictions: {
              ...(draft.firstTime ? { first_time_transaction: true } : {}),
              ...(draft.minimum
                ? {
                    minimum_amount: draft.minimum.trim(),
                    minimum_amount_currency: draft.minimumCurrency.toUpperCase(),
                  }
                : {}),
            },
          }
        : {}),
    });
    setDraft(EMPTY);
    codes.reload();
    onCreated();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void create.run();
  }
  return (
    <Panel title={t('discounts.promotionCodes')} testId="promotion-codes">
      <Async state={codes}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(p) => p.id}
            columns={[
              { header: t('discounts.code'), cell: (p) => <code>{p.code}</code> },
              { header: t('discounts.coupon'), cell: (p) => couponName(p.coupon) },
              {
                header: t('discounts.redemptions'),
                cell: (p) => `${p.times_redeemed} / ${p.max_redemptions ?? '∞'}`,
                align: 'right',
              },
              { header: t('discounts.expires'), cell: (p) => formatDate(p.expires_at, locale, timeZone) },
              {
                header: t('discounts.firstTime'),
                cell: (p) => (p.restrictions.first_time_transaction ? t('common.yes') : t('common.no')),
              },
              {
                header: t('discounts.minimumAmount'),
                cell: (p) =>
                  p.restrictions.minimum_amount === null
                    ? '—'
                    : formatMoney(
                        p.restrictions.minimum_amount,
                        p.restrictions.minimum_amount_currency ?? 'USD',
                        locale,
                      ),
                align: 'right',
              },
              { header: t('discounts.active'), cell: (p) => (p.active ? t('common.yes') : t('common.no')) },
            ]}
          />
        )}
      </Async>
      <form className="inline-form" onSubmit={submit}>
        <input
          name="promo-code"
          placeholder="SPRING20"
          aria-label={t('discounts.code')}
          pattern="[A-Za-z0-9_\-]+"
          value={draft.code}
          onChange={(e) => setDraft({ ...draft, code: e.target.value })}
          required
        />
        <select
          name="promo-coupon"
          aria-label={t('discounts.coupon')}
          value={draft.coupon}
          onChange={(e) => setDraft({ ...draft, coupon: e.target.value })}
        >
          {coupons.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <LimitFields
          prefix="promo"
          dayLabel={t('discounts.expires')}
          max={draft.max}
          day={draft.expires}
          onChange={({ max, day }) => setDraft({ ...draft, max, expires: day })}
        />
        <label className="check">
          <input
            type="checkbox"
            name="promo-first-time"
            checked={draft.firstTime}
            onChange={(e) => setDraft({ ...draft, firstTime: e.target.checked })}
          />
          {t('discounts.firstTime')}
        </label>
        <input
          name="promo-minimum"
          placeholder="50.00"
          aria-label={t('discounts.minimumAmount')}
          title={t('discounts.minimumAmountHelp')}
          inputMode="decimal"
          value={draft.minimum}
          onChange={(e) => setDraft({ ...draft, minimum: e.target.value })}
        />
        {draft.minimum && (
          <input
            name="promo-minimum-currency"
            aria-label={t('common.currency')}
            maxLength={3}
            value={draft.minimumCurrency}
            onChange={(e) => setDraft({ ...draft, minimumCurrency: e.target.value })}
            required
          />
        )}
        <button type="submit" disabled={create.busy || coupons.length === 0}>
          {t('common.add')}
        </button>
      </form>
      {create.error && <ErrorNotice error={create.error} />}
    </Panel>
  );
}
