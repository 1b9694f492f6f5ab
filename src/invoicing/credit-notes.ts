import type { Selectable } from 'kysely';
import type { Static } from 'typebox';
import { closingCredit, creditForAmount, creditForLines } from '../core/billing/credit-note.js';
import { Decimal, sum } from '../core/money/decimal.js';
import { formatAmount, roundAmount } from '../core/money/money.js';
import type { Db, Executor } from '../db/store.js';
import { ApiError, notFound } from '../shared/errors/index.js';
import { newId } from '../shared/ids.js';
import { emitEvent } from '../webhooks/emit.js';
import { type InvoicingDeps, invoiceForHooks } from './deps.js';
import type { InvoiceLineRow, InvoiceRow } from './invoice.js';
import type { CreditNote } from './invoice-schema.js';
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

export function creditNoteJson(row: CreditNoteRow): Static<typeof CreditNote> {
  const money = (v: string) => formatAmount(new Decimal(v), row.currency);
  return {
    id: row.id,
    object: 'credit_note' as const,
    number: row.number,
    invoice: row.invoice_id,
    customer: row.customer_id,
    currency: row.currency,
    amount: money(row.amount),
    tax: money(row.tax),
    reason: row.reason,
    memo: row.memo,
    lines: row.lines.map((l) => ({ ...l, amount: money(l.amount) })),
    reduce_amount_due: money(row.reduce_amount_due),
    credit_to_balance: money(row.credit_to_balance),
    created_at: row.created_at.toISOString(),
  };
}

interface NoteLine {
  invoice_line: string | null;
  description: string;
  amount: string;
}

/** Per-line credits: each at most what is left of its line (credited by earlier notes too). */
function lineCredits(
  invoice: InvoiceRow,
  invoiceLines: readonly InvoiceLineRow[],
  credited: Map<string, Decimal>,
  requested: NonNullable<CreditNoteInput['lines']>,
): NoteLine[] {
  return requested.map((l) => {
    const line = invoiceLines.find((x) => x.id === l.invoice_line);
    if (!line)
      throw new ApiError('parameter_invalid', `'${l.invoice_line}' is not a line of invoice ${invoice.id}.`, {
        param: 'lines',
      });
    const left = new Decimal(line.amount).minus(credited.get(line.id) ?? 0);
    const amount = roundAmount(l.amount ? new Decimal(l.amount) : left, invoice.currency);
    if (amount.gt(left) || !left.isPositive() || left.isZero())
      throw new ApiError(
        'credit_note_exceeds_line',
        `Line ${line.id} has ${formatAmount(Decimal.max(left, 0), invoice.currency)} left to credit.`,
        { param: 'lines' },
      );
    credited.set(line.id, (credited.get(line.id) ?? new Decimal(0)).plus(amount));
    return { invoice_line: line.id, description: line.description, amount: amount.toFixed() };
  });
}

/** What each line of the invoice has been credited so far, and the tax credited. */
async function creditedSoFar(trx: Executor, invoiceId: string) {
  const notes = await trx
    .selectFrom('credit_notes')
    .select(['lines', 'tax'])
    .where('invoice_id', '=', invoiceId)
    .execute();
  const perLine = new Map<string, Decimal>();
  for (const note of notes)
    for (const l of note.lines)
      if (l.invoice_line)
        perLine.set(l.invoice_line, (perLine.get(l.invoice_line) ?? new Decimal(0)).plus(l.amount));
  return { perLine, tax: sum(notes.map((n) => new Decimal(n.tax))), count: notes.length };
}

/** The credit of a note: by lines (tax added per rate) or an amount of the total (tax inside). */
async function creditOf(trx: Executor, invoice: InvoiceRow, input: CreditNoteInput) {
  const so = await creditedSoFar(trx, invoice.id);
  const remaining = new Decimal(invoice.total).minus(invoice.amount_credited);
  const taxLeft = new Decimal(invoice.tax).minus(so.tax);
  const invoiceLines = await loadLines(trx, invoice.id);
  if (input.lines && input.lines.length > 0) {
    const lines = lineCredits(invoice, invoiceLines, so.perLine, input.lines);
    const rates = invoice.tax_breakdown.map((t) => ({
      id: t.tax_rate,
      displayName: t.display_name,
      percentage: new Decimal(t.percentage),
      inclusive: t.inclusive,
    }));
    let credit = creditForLines(sum(lines.map((l) => new Decimal(l.amount))), rates, invoice.currency);
    const allCredited = invoiceLines.every((l) => !new Decimal(l.amount).gt(so.perLine.get(l.id) ?? 0));
    if (allCredited && credit.amount.gt(remaining)) credit = closingCredit(remaining, taxLeft);
    return { lines, credit, remaining, invoiceLines, count: so.count };
  }
  const amount = roundAmount(input.amount ? new Decimal(input.amount) : remaining, invoice.currency);
  const credit = creditForAmount(
    amount,
    { total: new Decimal(invoice.total), tax: new Decimal(invoice.tax), remaining, taxCredited: so.tax },
    invoice.currency,
  );
  const lines = [{ invoice_line: null, description: input.memo ?? input.reason, amount: amount.toFixed() }];
  return { lines, credit, remaining, invoiceLines, count: so.count };
}

/**
 * Issues a credit note against an open or paid invoice. On an open invoice it lowers the amount
 * due (anything beyond it goes to the customer balance); on a paid one it all becomes customer
 * balance, which pays the next invoices. A line credit adds the line's tax (per rate, rounded
 * once); no line is credited more than its amount and no invoice more than its total.
 */
export async function createCreditNote(
  db: Db,
  deps: InvoicingDeps,
  input: CreditNoteInput,
): Promise<CreditNoteRow> {
  return db.transaction().execute(async (trx) => {
    const invoice = await lockInvoice(trx, input.invoice);
    if (!invoice) throw notFound('invoice_not_found', 'invoice', input.invoice, 'invoice');
    assertTransition(invoice, 'credit');
    const at = await deps.nowFor(invoice.customer_id, trx);
    const { lines, credit, remaining, invoiceLines, count } = await creditOf(trx, invoice, input);
    const amount = credit.amount;
    if (!amount.isPositive() || amount.isZero())
      throw new ApiError('parameter_invalid', 'A credit note must credit a positive amount.', {
        param: 'amount',
      });
    if (amount.gt(remaining)) {
      throw new ApiError(
        'credit_note_exceeds_invoice',
        `Invoice ${invoice.id} has ${formatAmount(Decimal.max(remaining, 0), invoice.currency)} left to credit; this note would credit ${formatAmount(amount, invoice.currency)}.`,
        { param: input.lines ? 'lines' : 'amount' },
      );
    }
    const due = new Decimal(invoice.amount_due);
    const reduce = invoice.status === 'open' ? Decimal.min(amount, due) : new Decimal(0);
    const toBalance = amount.minus(reduce);
    const row = await trx
      .insertInto('credit_notes')
      .values({
        id: newId('cn'),
        number: `${invoice.number ?? invoice.id}-CN${count + 1}`,
        invoice_id: invoice.id,
        customer_id: invoice.customer_id,
        currency: invoice.currency,
        amount: amount.toFixed(),
        tax: credit.tax.toFixed(),
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
    const updated = await trx
      .updateTable('invoices')
      .set({
        amount_credited: new Decimal(invoice.amount_credited).plus(amount).toFixed(),
        amount_due: due.minus(reduce).toFixed(),
        updated_at: at,
      })
      .where('id', '=', invoice.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    if (!toBalance.isZero()) {
      await deps.balance.record(trx, {
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
    const creditNote = {
      id: row.id,
      invoiceId: invoice.id,
      customerId: invoice.customer_id,
      currency: invoice.currency,
      amount,
      tax: credit.tax,
      lines: lines.map((l) => ({ invoiceLineId: l.invoice_line, amount: new Decimal(l.amount) })),
      toBalance,
      reducedAmountDue: reduce,
    };
    for (const hook of deps.hooks)
      await hook.onCreditNote?.(trx, { creditNote, invoice: invoiceForHooks(updated, invoiceLines) }, at);
    await emitEvent(
      trx,
      'credit_note.created',
      creditNoteJson(row) as unknown as Record<string, unknown>,
      at,
    );
    return row;
  });
}
