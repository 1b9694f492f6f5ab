import { Type } from 'typebox';
import { Nullable } from '../http/openapi/index.js';
import { Timestamp } from '../http/schemas.js';

/** A customer balance ledger entry as the API answers it (`balanceTransactionJson`). */
export const BalanceTransaction = Type.Object(
  {
    id: Type.String(),
    object: Type.Literal('customer_balance_transaction'),
    customer: Type.String(),
    currency: Type.String(),
    type: Type.Union([
      Type.Literal('invoice_credit'),
      Type.Literal('applied_to_invoice'),
      Type.Literal('credit_note'),
      Type.Literal('adjustment'),
    ]),
    amount: Type.String({ description: 'Negative: credit the customer holds.', examples: ['-5000'] }),
    ending_balance: Type.String(),
    invoice: Nullable(Type.String()),
    credit_note: Nullable(Type.String()),
    description: Nullable(Type.String()),
    created_at: Timestamp,
  },
  { title: 'BalanceTransaction' },
);
