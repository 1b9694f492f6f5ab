import { type FormEvent, useEffect, useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { Account, BankTransfer, Dunning } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { Loading } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { Panel } from '../../components/panel.js';
import { SaveRow } from '../../components/save-row.js';
import type { MessageKey } from '../../i18n/en.js';
import { useI18n } from '../../i18n/i18n.js';
import { useSession } from '../../session/session.js';
import { PaymentTermsSelect } from './payment-terms-select.js';

const ADDRESS: [string, MessageKey][] = [
  ['postal_code', 'address.postalCode'],
  ['state', 'address.state'],
  ['city', 'address.city'],
  ['line1', 'address.line1'],
  ['line2', 'address.line2'],
  ['country', 'address.country'],
];
const BANK: [keyof BankTransfer, MessageKey][] = [
  ['bank_name', 'settings.bankName'],
  ['branch_name', 'settings.branchName'],
  ['account_number', 'settings.accountNumber'],
  ['account_holder', 'settings.accountHolder'],
];
const EMPTY_BANK: BankTransfer = {
  bank_name: '',
  branch_name: '',
  account_type: 'ordinary',
  account_number: '',
  account_holder: '',
};
const FINAL: Dunning['final_action'][] = ['leave_past_due', 'cancel_subscription', 'mark_uncollectible'];

const days = (text: string) =>
  text
    .split(/[,、\s]+/)
    .filter(Boolean)
    .map(Number)
    .filter(Number.isInteger);

/** Issuer details printed on invoices (address, phone, 振込先), payment terms and the dunning policy. */
export function CollectionForm() {
  const { t } = useI18n();
  const { account, setAccount } = useSession();
  const [draft, setDraft] = useState<Account | undefined>(account);
  const [reminders, setReminders] = useState('');
  const [retries, setRetries] = useState('');
  const [saved, setSaved] = useState(false);
  useEffect(() => {
    setDraft(account);
    setReminders(account?.dunning?.reminders_days.join(', ') ?? '');
    setRetries(account?.dunning?.retries_days.join(', ') ?? '');
  }, [account]);
  const save = useAction(async (next: Account) => {
    const bank = next.bank_transfer;
    const address = Object.fromEntries(
      Object.entries(next.address ?? {}).filter(([, v]) => typeof v === 'string' && v.trim()),
    );
    setAccount(
      await apiPost<Account>('/v1/account', {
        address: Object.keys(address).length ? address : null,
        phone: next.phone?.trim() || null,
        bank_transfer: bank?.bank_name.trim() ? bank : null,
        payment_terms: next.payment_terms,
        dunning: {
          ...next.dunning,
          reminders_days: days(reminders),
          retries_days: days(retries).filter((d) => d >= 1),
        },
      }),
    );
  });
  if (!draft?.dunning) return <Loading />;
  const set = (patch: Partial<Account>) => {
    setSaved(false);
    setDraft({ ...draft, ...patch });
  };
  const bank = draft.bank_transfer ?? EMPTY_BANK;
  async function submit(event: FormEvent) {
    event.preventDefault();
    if (draft) setSaved(await save.run(draft));
  }
  return (
    <Panel title={t('settings.collection')} testId="collection-settings">
      <form className="form-grid" onSubmit={submit}>
        <h3>{t('settings.issuerAddress')}</h3>
        {ADDRESS.map(([k, label]) => (
          <Field key={k} label={t(label)}>
            <input
              name={`issuer-${k}`}
              value={(draft.address as Record<string, string> | null)?.[k] ?? ''}
              onChange={(e) => set({ address: { ...draft.address, [k]: e.target.value } })}
            />
          </Field>
        ))}
        <Field label={t('settings.phone')}>
          <input
            name="issuer-phone"
            value={draft.phone ?? ''}
            onChange={(e) => set({ phone: e.target.value })}
          />
        </Field>
        <h3>{t('settings.bankTransfer')}</h3>
        {BANK.map(([k, label]) => (
          <Field key={k} label={t(label)}>
            <input
              name={`bank-${k}`}
              value={bank[k]}
              onChange={(e) => set({ bank_transfer: { ...bank, [k]: e.target.value } })}
            />
          </Field>
        ))}
        <Field label={t('settings.accountType')}>
          <select
            name="bank-account_type"
            value={bank.account_type}
            onChange={(e) =>
              set({
                bank_transfer: { ...bank, account_type: e.target.value as BankTransfer['account_type'] },
              })
            }
          >
            <option value="ordinary">{t('accountType.ordinary')}</option>
            <option value="checking">{t('accountType.checking')}</option>
          </select>
        </Field>
        <h3>{t('settings.dunning')}</h3>
        <Field label={t('terms.label')}>
          <PaymentTermsSelect
            name="payment_terms"
            value={draft.payment_terms}
            onChange={(terms) => terms && set({ payment_terms: terms })}
          />
        </Field>
        <Field label={t('settings.remindersDays')} help={t('settings.daysHelp')}>
          <input name="reminders_days" value={reminders} onChange={(e) => setReminders(e.target.value)} />
        </Field>
        <Field label={t('settings.retriesDays')} help={t('settings.daysHelp')}>
          <input name="retries_days" value={retries} onChange={(e) => setRetries(e.target.value)} />
        </Field>
        <Field label={t('settings.finalAction')}>
          <select
            name="final_action"
            value={draft.dunning.final_action}
            onChange={(e) =>
              set({ dunning: { ...draft.dunning, final_action: e.target.value as Dunning['final_action'] } })
            }
          >
            {FINAL.map((a) => (
              <option key={a} value={a}>
                {t(`final.${a}`)}
              </option>
            ))}
          </select>
        </Field>
        <SaveRow busy={save.busy} saved={saved} error={save.error} />
      </form>
    </Panel>
  );
}
