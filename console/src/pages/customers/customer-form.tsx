import { useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { Customer } from '../../api/types.js';
import { submitting, useAction } from '../../api/use-action.js';
import { ErrorNotice } from '../../components/async.js';
import { Field } from '../../components/field.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { PaymentTermsSelect } from '../settings/payment-terms-select.js';
import { type CustomerDraft, customerBody, customerDraft } from './customer-draft.js';

const TEXT: [keyof CustomerDraft, MessageKey, string?][] = [
  ['name', 'common.name'],
  ['email', 'common.email'],
  ['external_id', 'customers.externalId', 'tenant-…'],
  ['currency', 'common.currency', 'JPY'],
  ['company_name', 'customer.companyName'],
  ['postal_code', 'address.postalCode'],
  ['country', 'address.country', 'JP'],
  ['state', 'address.state'],
  ['city', 'address.city'],
  ['line1', 'address.line1'],
  ['line2', 'address.line2'],
];

/** Creates a customer (no `customer`) or edits one; hands the saved customer to `onSaved`. */
export function CustomerForm({
  customer,
  onSaved,
  onCancel,
}: {
  customer?: Customer;
  onSaved: (c: Customer) => void;
  onCancel: () => void;
}) {
  const { t } = useI18n();
  const [draft, setDraft] = useState(() => customerDraft(customer));
  const save = useAction(async () => {
    const path = customer ? `/v1/customers/${customer.id}` : '/v1/customers';
    onSaved(await apiPost<Customer>(path, customerBody(draft)));
  });
  const setTaxId = (i: number, patch: Partial<{ type: string; value: string }>) =>
    setDraft({ ...draft, tax_ids: draft.tax_ids.map((x, j) => (j === i ? { ...x, ...patch } : x)) });
  return (
    <form className="form-panel" data-testid="customer-form" onSubmit={submitting(save.run)}>
      <h3>{customer ? t('customers.edit') : t('customers.new')}</h3>
      <div className="form-grid">
        {TEXT.map(([key, label, placeholder]) => (
          <Field key={key} label={t(label)}>
            <input
              name={`customer-${key}`}
              type={key === 'email' ? 'email' : 'text'}
              placeholder={placeholder}
              maxLength={key === 'country' ? 2 : key === 'currency' ? 3 : 200}
              value={draft[key] as string}
              onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
            />
          </Field>
        ))}
        <Field label={t('terms.label')}>
          <PaymentTermsSelect
            name="customer-payment_terms"
            allowDefault
            value={draft.payment_terms}
            onChange={(terms) => setDraft({ ...draft, payment_terms: terms })}
          />
        </Field>
      </div>
      <div className="form-grid">
        {draft.tax_ids.map((x, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place, never reordered
          <div key={i} className="inline-form">
            <Field label={t('customer.taxIdType')}>
              <input
                name={`tax-id-${i}-type`}
                placeholder="jp_trn"
                value={x.type}
                onChange={(e) => setTaxId(i, { type: e.target.value })}
              />
            </Field>
            <Field label={t('customer.taxId')}>
              <input
                name={`tax-id-${i}-value`}
                placeholder="T1234567890123"
                value={x.value}
                onChange={(e) => setTaxId(i, { value: e.target.value })}
              />
            </Field>
            <button
              type="button"
              className="small"
              onClick={() => setDraft({ ...draft, tax_ids: draft.tax_ids.filter((_, j) => j !== i) })}
            >
              {t('common.remove')}
            </button>
          </div>
        ))}
      </div>
      <div className="row">
        {draft.tax_ids.length < 5 && (
          <button
            type="button"
            className="small"
            onClick={() => setDraft({ ...draft, tax_ids: [...draft.tax_ids, { type: 'jp_trn', value: '' }] })}
          >
            {t('customer.addTaxId')}
          </button>
        )}
      </div>
      <div className="row">
        <button type="submit" className="primary" disabled={save.busy}>
          {customer ? t('common.save') : t('common.create')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {save.error && <ErrorNotice error={save.error} />}
    </form>
  );
}
