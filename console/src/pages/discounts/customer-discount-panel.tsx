import { type FormEvent, useState } from 'react';
import { apiDelete, apiPost } from '../../api/client.js';
import type { List } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { useApi } from '../../api/use-api.js';
import { Async, ErrorNotice } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { formatDate } from '../../format/format.js';
import { useI18n } from '../../i18n/i18n.js';
import { useSession } from '../../session/session.js';
import type { Coupon } from './types.js';

interface Discount {
  id: string;
  coupon: Coupon;
  promotion_code: string | null;
  subscription: string | null;
  start: string;
  end: string | null;
}

/** A customer's discounts in force, with "apply coupon" (a coupon id or a promotion code) and "remove". */
export function CustomerDiscountPanel({
  customerId,
  onChanged,
}: {
  customerId: string;
  onChanged: () => void;
}) {
  const { t, locale } = useI18n();
  const { timeZone } = useSession();
  const base = `/v1/customers/${encodeURIComponent(customerId)}/discounts`;
  const discounts = useApi<List<Discount>>(base);
  const coupons = useApi<List<Coupon>>('/v1/coupons?limit=100');
  const [coupon, setCoupon] = useState('');
  const apply = useAction(async () => {
    const valid = (coupons.data?.data ?? []).filter((c) => c.valid);
    await apiPost(base, { coupon: coupon || valid[0]?.id });
    setCoupon('');
    discounts.reload();
    onChanged();
  });
  const remove = useAction(async (id: string) => {
    await apiDelete(`${base}/${encodeURIComponent(id)}`);
    discounts.reload();
    onChanged();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void apply.run();
  }
  const valid = (coupons.data?.data ?? []).filter((c) => c.valid);
  return (
    <Panel title={t('discounts.customerDiscount')} testId="customer-discount">
      <Async state={discounts}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(d) => d.id}
            columns={[
              { header: t('discounts.coupon'), cell: (d) => d.coupon.name },
              { header: t('discounts.since'), cell: (d) => formatDate(d.start, locale, timeZone) },
              { header: t('discounts.ends'), cell: (d) => formatDate(d.end, locale, timeZone) },
              {
                header: t('discounts.subscription'),
                cell: (d) => (d.subscription ? <code>{d.subscription}</code> : '—'),
              },
              {
                header: '',
                cell: (d) => (
                  <button
                    type="button"
                    data-testid="remove-discount"
                    disabled={remove.busy}
                    onClick={() => void remove.run(d.id)}
                  >
                    {t('discounts.remove')}
                  </button>
                ),
              },
            ]}
          />
        )}
      </Async>
      <form className="inline-form" onSubmit={submit}>
        <select
          name="apply-coupon"
          aria-label={t('discounts.coupon')}
          value={coupon}
          onChange={(e) => setCoupon(e.target.value)}
        >
          {valid.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </select>
        <button type="submit" data-testid="apply-coupon" disabled={apply.busy || valid.length === 0}>
          {t('discounts.apply')}
        </button>
      </form>
      {apply.error && <ErrorNotice error={apply.error} />}
      {remove.error && <ErrorNotice error={remove.error} />}
    </Panel>
  );
}
