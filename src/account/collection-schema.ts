import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Obj } from '../http/schemas.js';

/** Payment terms (src/core/billing/payment-terms.ts), as the API takes and answers them. */
export const PaymentTermsSchema = Type.Union(
  [
    Obj({ type: Type.Literal('due_on_receipt') }),
    Obj({ type: Type.Literal('net'), days: Type.Integer({ minimum: 1, maximum: 365 }) }),
    Obj({ type: Type.Literal('end_of_following_month') }, { description: '月末締め翌月末払い' }),
  ],
  {
    description:
      'When invoices are due: on receipt, net N days after the issue day, or at the end of the month after the issue month (月末締め翌月末払い); days in the account time zone.',
  },
);

/** The dunning policy (src/core/billing/dunning-schedule.ts). */
export const DunningSchema = Obj({
  reminders_days: Type.Array(Type.Integer({ minimum: -60, maximum: 180 }), {
    maxItems: 20,
    description:
      'An `invoice.payment_reminder` on each of these days from the due day (-3: three days before).',
  }),
  retries_days: Type.Array(Type.Integer({ minimum: 1, maximum: 180 }), {
    maxItems: 20,
    description: 'Automatic collection attempts this many days after the due day.',
  }),
  final_action: Type.Union(
    [Type.Literal('leave_past_due'), Type.Literal('cancel_subscription'), Type.Literal('mark_uncollectible')],
    {
      description:
        'What happens once the last retry (or, without retries, the overdue notice) left it unpaid.',
    },
  ),
});

/** The issuer's postal address, printed on invoices. */
export const IssuerAddressSchema = Obj({
  postal_code: Type.Optional(Type.String({ maxLength: 20 })),
  state: Type.Optional(Type.String({ maxLength: 200, description: 'Prefecture or state.' })),
  city: Type.Optional(Type.String({ maxLength: 200 })),
  line1: Type.Optional(Type.String({ maxLength: 200 })),
  line2: Type.Optional(Type.String({ maxLength: 200 })),
  country: Type.Optional(Type.String({ pattern: '^[A-Z]{2}$', description: 'ISO 3166-1 alpha-2' })),
});

/** Where customers pay by bank transfer (振込先). */
export const BankTransferSchema = Obj({
  bank_name: Type.String({ minLength: 1, maxLength: 100, examples: ['みずほ銀行'] }),
  branch_name: Type.String({ minLength: 1, maxLength: 100, examples: ['渋谷支店'] }),
  account_type: Type.Union([Type.Literal('ordinary'), Type.Literal('checking')], {
    description: 'ordinary: 普通預金; checking: 当座預金.',
  }),
  account_number: Type.String({ pattern: '^[0-9]{1,8}$' }),
  account_holder: Type.String({
    minLength: 1,
    maxLength: 100,
    description: 'The holder’s name as the bank writes it (カナ for Japanese banks).',
  }),
});

/** The account fields about collection and the issuer, as answered. */
export const AccountCollectionFields = {
  address: Nullable(IssuerAddressSchema),
  phone: Nullable(Type.String()),
  bank_transfer: Nullable(BankTransferSchema),
  payment_terms: PaymentTermsSchema,
  dunning: DunningSchema,
};

/** The same fields as an update takes them (null clears the issuer details). */
export const AccountCollectionUpdate = {
  address: Type.Optional(Nullable(IssuerAddressSchema)),
  phone: Type.Optional(Nullable(Type.String({ pattern: '^[0-9+()\\- ]{3,30}$' }))),
  bank_transfer: Type.Optional(Nullable(BankTransferSchema)),
  payment_terms: Type.Optional(PaymentTermsSchema),
  dunning: Type.Optional(DunningSchema),
};
