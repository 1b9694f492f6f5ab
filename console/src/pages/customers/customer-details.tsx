import type { Customer } from '../../api/types.js';
import { useI18n } from '../../i18n/i18n.js';

export function CustomerDetails({ customer: c }: { customer: Customer }) {
  const { t } = useI18n();
  const address = c.billing_details.address;
  const lines = [
    address?.postal_code,
    address?.state,
    address?.city,
    address?.line1,
    address?.line2,
    address?.country,
  ]
    .filter(Boolean)
    .join(' ');
  return (
    <dl className="facts">
      <dt>{t('common.id')}</dt>
      <dd>
        <code>{c.id}</code>
      </dd>
      <dt>{t('customers.externalId')}</dt>
      <dd>
        <code>{c.external_id ?? '—'}</code>
      </dd>
      <dt>{t('common.email')}</dt>
      <dd>{c.email ?? '—'}</dd>
      <dt>{t('common.currency')}</dt>
      <dd>{c.currency ?? '—'}</dd>
      <dt>{t('customer.billingDetails')}</dt>
      <dd>
        {c.billing_details.company_name ?? ''} {lines}
        {c.billing_details.tax_ids?.map((x) => (
          <span key={x.value} className="tag">
            {x.value}
          </span>
        ))}
      </dd>
    </dl>
  );
}
