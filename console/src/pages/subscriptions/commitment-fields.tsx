import { Decimal } from '../../../../src/core/money/decimal.js';
import { Field } from '../../components/field.js';
import { useI18n } from '../../i18n/i18n.js';

/** What the subscribe form asks about commitments (docs/billing.md "Commitments"); '' is none. */
export interface CommitmentDraft {
  minimum: string;
  prepaid: string;
  termMonths: string;
}

export const NO_COMMITMENTS: CommitmentDraft = { minimum: '', prepaid: '', termMonths: '12' };

const amountValid = (v: string) =>
  v.trim() === '' || (/^\d+(\.\d+)?$/.test(v.trim()) && new Decimal(v).gte(0));

export function commitmentsValid(d: CommitmentDraft): boolean {
  const term = Number(d.termMonths);
  return (
    amountValid(d.minimum) && amountValid(d.prepaid) && Number.isInteger(term) && term >= 1 && term <= 60
  );
}

/** The body fields of `POST /v1/subscriptions` for the draft, in the plan's currency. */
export function commitmentBody(d: CommitmentDraft, currency: string): Record<string, unknown> {
  return {
    ...(d.minimum.trim() ? { minimum: { amount: d.minimum.trim(), currency } } : {}),
    ...(d.prepaid.trim()
      ? { prepaid_commitment: { amount: d.prepaid.trim(), currency, term_months: Number(d.termMonths) } }
      : {}),
  };
}

/** A minimum spend per period and a prepaid commitment (invoiced at once, burned down by usage). */
export function CommitmentFields({
  draft,
  currency,
  onChange,
}: {
  draft: CommitmentDraft;
  currency: string;
  onChange: (d: CommitmentDraft) => void;
}) {
  const { t } = useI18n();
  return (
    <div className="form-grid">
      <Field label={t('subs.minimumField', { currency })} help={t('subs.minimumHelp')}>
        <input
          name="minimum"
          inputMode="decimal"
          value={draft.minimum}
          onChange={(e) => onChange({ ...draft, minimum: e.target.value })}
        />
      </Field>
      <Field label={t('subs.prepaidField', { currency })} help={t('subs.prepaidHelp')}>
        <input
          name="prepaid-commitment"
          inputMode="decimal"
          value={draft.prepaid}
          onChange={(e) => onChange({ ...draft, prepaid: e.target.value })}
        />
      </Field>
      {draft.prepaid.trim() !== '' && (
        <Field label={t('subs.termMonths')}>
          <input
            name="term-months"
            type="number"
            min={1}
            max={60}
            value={draft.termMonths}
            onChange={(e) => onChange({ ...draft, termMonths: e.target.value })}
          />
        </Field>
      )}
    </div>
  );
}
