import type { Selectable } from 'kysely';
import type { BalanceService } from '../balance/service.js';
import { Decimal, sum } from '../core/money/decimal.js';
import { formatAmount, roundAmount } from '../core/money/money.js';
import type { Db, Executor } from '../db/store.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { loadLines, lockInvoice } from './store.js';
import type { CreditNotesTable } from './tables.js';
import { assertTransition } from './transition.js';

export type CreditNoteRow = Selectable<CreditNotesTable>;

export interface CreditNoteInput {
  invoice: string;
  reason: string;
  memo?: string;
  /** Credit this amount; or per line; or, with neither, everything not yet credited. */
  amount?: string;
  lines?: { invoice_line: string; amount?: string }[];
}

export function creditNoteJson(row: CreditNoteRow) {
  const money = (v: string) => formatAmount(new Decimal(v), row.currency);
  return {
    id: row.id,
    object: 'credit_note' as const,
    number: row.number,
    invoice: row.invoice_id,
    customer: row.customer_id,
    currency: row.currency,
    amount: money(row.amount),
    reason: row.reason,
    memo: row.memo,
    lines: row.lines.map((l) => ({ ...l, amount: money(l.amount) })),
    reduce_amount_due: money(row.reduce_amount_due),
    credit_to_balance: money(row.credit_to_balance),
    created_at: row.created_at.toISOString(),
  };
}

/**
 * Issues a credit note against an open or paid invoice. On an open invoice it lowers the amount
 * due (anything beyond it goes to the customer balance); on a paid one it all becomes customer
 * balance, which pays the next invoices. Never more than the invoice's total in all.
 */
export async function createCreditNote(
  db: Db,
  balance: BalanceService,
  nowFor: (customerId: string, executor: Executor) => Promise<Date>,
  input: CreditNoteInput,
): Promise<CreditNoteRow> {
  return db.transaction().execute(async (trx) => {
    const invoice = await lockInvoice(trx, input.invoice);
    if (!invoice) throw notFound('invoice_not_found', 'invoice', input.invoice, 'invoice');
    assertTransition(invoice, 'credit');
    const at = await nowFor(invoice.customer_id, trx);
    const remaining = new Decimal(invoice.total).minus(invoice.amount_credited);
    let lines: { invoice_line: string | null; description: string; amount: string }[];
    if (input.lines && input.lines.length > 0) {
      const invoiceLines = await loadLines(trx, invoice.id);
      lines = input.lines.map((l) => {
        const line = invoiceLines.find((x) => x.id === l.invoice_line);
        if (!line)
          throw new ApiError(
            'parameter_invalid',
            `'${l.invoice_line}' is not a line of invoice ${invoice.id}.`,
            { param: 'lines' },
          );
        const amount = l.amount ? new Decimal(l.amount) : new Decimal(line.amount);
        if (amount.gt(line.amount))
          throw new ApiError(
            'credit_note_exceeds_invoice',
            `The credit for line ${line.id} exceeds its amount.`,
            { param: 'lines' },
          );
        return {
          invoice_line: line.id,
          description: line.description,
          amount: roundAmount(amount, invoice.currency).toFixed(),
        };
      });
    } else {
      const amount = input.amount ? new Decimal(input.amount) : remaining;
      lines = [
        {
          invoice_line: null,
          description: input.memo ?? input.reason,
          amount: roundAmount(amount, invoice.currency).toFixed(),
        },
      ];
    }
    const amount = sum(lines.map((l) => new Decimal(l.amount)));
    if (!amount.isPositive() || amount.isZero())
      throw new ApiError('parameter_invalid', 'A credit note must credit a positive amount.', {
        param: 'amount',
      });
    if (amount.gt(remaining)) {
      throw new ApiError(
        'credit_note_exceeds_invoice',
        `Invoice ${invoice.id} has ${formatAmount(remaining, invoice.currency)} left to credit.`,
        { param: 'amount' },
      );
    }
    const due = new Decimal(invoice.amount_due);
    const reduce = invoice.status === 'open' ? Decimal.min(amount, due) : new Decimal(0);
    const toBalance = amount.minus(reduce);
    const count = await trx
      .selectFrom('credit_notes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('invoice_id', '=', invoice.id)
      .executeTakeFirstOrThrow();
    const row = await trx
      .insertInto('credit_notes')
      .values({
        id: newId('cn'),
        number: `${invoice.number ?? invoice.id}-CN${Number(count.n) + 1}`,
        invoice_id: invoice.id,
        customer_id: invoice.customer_id,
        currency: invoice.currency,
        amount: amount.toFixed(),
        reason: input.reason,
        memo: input.memo ?? null,
        lines: JSON.stringify(lines),
        out_of_band: '0',
        credit_to_balance: toBalance.toFixed(),
        reduce_amount_due: reduce.toFixed(),
        created_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await trx
      .updateTable('invoices')
      .set({
        amount_credited: new Decimal(invoice.amount_credited).plus(amount).toFixed(),
        amount_due: due.minus(reduce).toFixed(),
        updated_at: at,
      })
      .where('id', '=', invoice.id)
      .execute();
    if (!toBalance.isZero()) {
      await balance.record(trx, {
        customerId: invoice.customer_id,
        currency: invoice.currency,
        amount: toBalance.negated(),
        type: 'credit_note',
        invoiceId: invoice.id,
        creditNoteId: row.id,
        description: `Credit note ${row.number}`,
        at,
      });
    }
    await emitEvent(
      trx,
      'credit_note.created',
      creditNoteJson(row) as unknown as Record<string, unknown>,
      at,
    );
    return row;
  });
}
