import { Type } from 'typebox';
import { ACCOUNTS } from '../core/revenue/journal.js';
import { AmountOut } from '../http/openapi/decimal-out.js';
import { Nullable } from '../http/openapi/index.js';
import { Obj, Timestamp } from '../http/schemas.js';

/** What the revenue API writes: reports.ts's journal entries and monthly summary. */

const Amount = AmountOut;
const Account = Type.Enum(ACCOUNTS);
const NullableString = Nullable(Type.String());

export const JournalEntry = Obj({
  id: Type.String(),
  object: Type.Literal('journal_entry'),
  transaction: Type.String(),
  customer: Type.String(),
  account: Account,
  debit: Amount,
  credit: Amount,
  currency: Type.String(),
  recognized_at: Timestamp,
  source: Type.String(),
  source_id: NullableString,
  billable_item: NullableString,
  description: Type.String(),
});

const accountLine = {
  account: Account,
  currency: Type.String(),
  debit: Amount,
  credit: Amount,
  net: Type.String({ ...AmountOut, description: "The account's balance on its natural side." }),
};

export const RevenueSummary = Obj({
  object: Type.Literal('revenue_summary'),
  month: Type.String(),
  time_zone: Type.String(),
  test_clock: NullableString,
  start_time: Timestamp,
  end_time: Timestamp,
  accounts: Type.Array(Obj(accountLine)),
  customers: Type.Array(Obj({ customer: Type.String(), ...accountLine })),
});
