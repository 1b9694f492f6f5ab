import { type FormEvent, useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { List } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import type { ApiState } from '../../api/use-api.js';
import { Async, ErrorNotice } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { formatDate, formatMoney } from '../../format/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { useSession } from '../../session/session.js';
import { LimitFields, startOfDayUtc } from './limit-fields.js';
import type { Coupon } from './types.js';

const EMPTY = {
  name: '',
  kind: 'percent' as 'percent' | 'amount',
  off: '',
  currency: 'USD',
  duration: 'once' as Coupon['duration'],
  months: '',
  max: '',
  redeemBy: '',
};

/** The create body: only the fields the draft fills, dates at the start of the UTC day. */
function body(d: typeof EMPTY) {
  return {
    name: d.name.trim(),
    ...(d.kind === 'percent'
      ? { percent_off: d.off }
      : { amount_off: d.off, currency: d.currency.toUpperCase() }),
    duration: d.duration,
    ...(d.duration === 'repeating' ? { duration_in_months: Number(d.months) } : {}),
    ...(d.max ? { max_redemptions: Number(d.max) } : {}),
    ...(d.redeemBy ? { redeem_by: startOfDayUtc(d.redeemBy) } : {}),
  };
}

export function CouponsPanel({ coupons }: { coupons: ApiState<List<Coupon>> }) {
  const { t, locale } = useI18n();
  const { timeZone } = useSession();
  const [draft, setDraft] = useState(EMPTY);
  const create = useAction(async () => {
    await apiPost('/v1/coupons', body(draft));
    setDraft(EMPTY);
    coupons.reload();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void create.run();
  }
  const off = (c: Coupon) =>
    c.percent_off !== null ? `${c.percent_off}%` : formatMoney(c.amount_off, c.currency ?? 'USD', locale);
  const duration = (c: Coupon) =>
    c.duration === 'repeating'
      ? t('discounts.months', { n: c.duration_in_months ?? 0 })
      : t(c.duration === 'once' ? 'discounts.once' : 'discounts.forever');
  return (
    <Panel title={t('discounts.coupons')} testId="coupons">
      <Async state={coupons}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(c) => c.id}
            columns={[
              { header: t('common.name'), cell: (c) => c.name },
              { header: t('discounts.off'), cell: off, align: 'right' },
              { header: t('discounts.duration'), cell: duration },
              {
                header: t('discounts.redemptions'),
                cell: (c) => `${c.times_redeemed} / ${c.max_redemptions ?? '∞'}`,
                align: 'right',
              },
              { header: t('discounts.validUntil'), cell: (c) => formatDate(c.redeem_by, locale, timeZone) },
              { header: t('discounts.valid'), cell: (c) => (c.valid ? t('common.yes') : t('common.no')) },
              { header: t('common.id'), cell: (c) => <code>{c.id}</code> },
            ]}
          />
        )}
      </Async>
      <form className="inline-form" onSubmit={submit}>
        <input
          name="coupon-name"
          placeholder={t('common.name')}
          value={draft.name}
          onChange={(e) => setDraft({ ...draft, name: e.target.value })}
          required
        />
        <select
          name="coupon-kind"
          aria-label={t('discounts.kind')}
          value={draft.kind}
          onChange={(e) => setDraft({ ...draft, kind: e.target.value as 'percent' | 'amount' })}
        >
          <option value="percent">{t('discounts.percentOff')}</option>
          <option value="amount">{t('discounts.amountOff')}</option>
        </select>
        <input
          name="coupon-off"
          placeholder={draft.kind === 'percent' ? '20' : '10.00'}
          aria-label={t('discounts.off')}
          inputMode="decimal"
          value={draft.off}
          onChange={(e) => setDraft({ ...draft, off: e.target.value })}
          required
        />
        {draft.kind === 'amount' && (
          <input
            name="coupon-currency"
            aria-label={t('common.currency')}
            maxLength={3}
            value={draft.currency}
            onChange={(e) => setDraft({ ...draft, currency: e.target.value })}
            required
          />
        )}
        <select
          name="coupon-duration"
          aria-label={t('discounts.duration')}
          value={draft.duration}
          onChange={(e) => setDraft({ ...draft, duration: e.target.value as Coupon['duration'] })}
        >
          <option value="once">{t('discounts.once')}</option>
          <option value="repeating">{t('discounts.repeating')}</option>
          <option value="forever">{t('discounts.forever')}</option>
        </select>
        {draft.duration === 'repeating' && (
          <input
            name="coupon-months"
            placeholder="3"
            aria-label={t('discounts.durationMonths')}
            inputMode="numeric"
            value={draft.months}
            onChange={(e) => setDraft({ ...draft, months: e.target.value })}
            required
          />
        )}
        <LimitFields
          prefix="coupon"
          dayLabel={t('discounts.validUntil')}
          max={draft.max}
          day={draft.redeemBy}
          onChange={({ max, day }) => setDraft({ ...draft, max, redeemBy: day })}
        />
        <button type="submit" disabled={create.busy}>
          {t('common.add')}
        </button>
      </form>
      {create.error && <ErrorNotice error={create.error} />}
    </Panel>
  );
}
