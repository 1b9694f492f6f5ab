import { type FormEvent, useEffect, useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { Account } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { Loading } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { Panel } from '../../components/panel.js';
import { SaveRow } from '../../components/save-row.js';
import { useI18n } from '../../i18n/i18n.js';
import { useSession } from '../../session/session.js';

const ZONES: string[] = Intl.supportedValuesOf('timeZone');

export function AccountForm() {
  const { t } = useI18n();
  const { account, setAccount } = useSession();
  const [draft, setDraft] = useState<Account | undefined>(account);
  const [saved, setSaved] = useState(false);
  useEffect(() => setDraft(account), [account]);
  const save = useAction(async (next: Account) => {
    setAccount(
      await apiPost<Account>('/v1/account', {
        time_zone: next.time_zone,
        invoice_prefix: next.invoice_prefix,
        default_currency: next.default_currency,
        tax_registration_number: next.tax_registration_number?.trim() || null,
      }),
    );
  });
  if (!draft) return <Loading />;
  const set = (patch: Partial<Account>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft) setSaved(await save.run(draft));
  }
  return (
    <Panel title={t('settings.account')} testId="account-settings">
      <form className="form-grid" onSubmit={submit}>
        <Field label={t('settings.timeZone')}>
          <select
            name="time_zone"
            value={draft.time_zone}
            onChange={(e) => set({ time_zone: e.target.value })}
          >
            {[...new Set(['UTC', ...ZONES])].map((z) => (
              <option key={z} value={z}>
                {z}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('settings.invoicePrefix')}>
          <input
            name="invoice_prefix"
            value={draft.invoice_prefix}
            onChange={(e) => set({ invoice_prefix: e.target.value.toUpperCase() })}
          />
        </Field>
        <Field label={t('settings.defaultCurrency')}>
          <input
            name="default_currency"
            value={draft.default_currency}
            onChange={(e) => set({ default_currency: e.target.value.toUpperCase() })}
          />
        </Field>
        <Field label={t('settings.registrationNumber')} help={t('settings.registrationHelp')}>
          <input
            name="tax_registration_number"
            placeholder="T1234567890123"
            value={draft.tax_registration_number ?? ''}
            onChange={(e) => set({ tax_registration_number: e.target.value })}
          />
        </Field>
        <SaveRow busy={save.busy} saved={saved} error={save.error} />
      </form>
    </Panel>
  );
}
