import { Decimal } from '../core/money/decimal.js';
import { money, quantity, unitPrice } from './amounts.js';
import { drawBankTransfer } from './bank-transfer.js';
import { day, period } from './dates.js';
import { type DocumentInput, printedRegistration } from './document-input.js';
import { drawAmountBand, drawHeading } from './heading.js';
import { labelsFor } from './labels.js';
import { drawCustomer, drawSeller } from './parties.js';
import { COLORS, footer, newPdf, PAGE, toBuffer } from './pdf.js';
import { type Column, drawTable, type Row } from './table.js';
import { drawTotals, totalRows } from './totals.js';

const WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * The invoice as a PDF (A4). In Japanese it is a qualified invoice (適格請求書): the issuer's
 * name, address and registration number, the date, every line with its tax rate, the taxable
 * amount and the tax of each rate, the recipient, the due date and where to transfer the money.
 * Every line is printed, zero-amount lines included. Pure: the same input gives the same document.
 */
export async function renderInvoicePdf(input: DocumentInput): Promise<Buffer> {
  const { invoice: inv, customer, seller, timeZone: zone, lang } = input;
  const l = labelsFor(lang);
  const issuedAt = inv.finalized_at ?? inv.created_at;
  const doc = newPdf(`${l.invoice} ${inv.number ?? inv.id}`, new Date(issuedAt));
  const registration = printedRegistration(seller, customer, inv.currency);
  // With one rate every line bears it, printed on the line as 適格請求書 asks; with several, the
  // lines cannot be told apart from the invoice alone and the per-rate totals below say it.
  // English invoices keep the usual four columns.
  const only = inv.tax_breakdown.length === 1 && lang === 'ja' ? inv.tax_breakdown[0] : undefined;
  const lineRates = only ? `${only.percentage}%` : '';

  const mark = inv.status === 'draft' ? l.draft : inv.status === 'void' ? l.void : undefined;
  const facts: [string, string][] = [
    [l.number, inv.number ?? inv.id],
    [l.issued, day(issuedAt, zone, lang)],
    [l.period, period(inv.period_start, inv.period_end, zone, lang)],
  ];
  if (inv.due_date) facts.push([l.due, day(inv.due_date, zone, lang)]);
  let y = drawHeading(doc, l.invoice, mark, facts);

  const half = WIDTH / 2 - 10;
  const left = drawCustomer(doc, customer, l, lang, PAGE.margin, y, half);
  const right = drawSeller(doc, seller, registration, l, PAGE.margin + WIDTH - half, y, half, lang);
  y = Math.max(left, right) + 16;

  y = drawAmountBand(doc, l.amountDueHeadline, money(inv.amount_due, inv.currency), y);

  const rateWidth = lineRates ? 60 : 0;
  const columns: Column[] = [
    { header: l.description, width: WIDTH - 80 - 100 - rateWidth - 100, align: 'left' },
    { header: l.quantity, width: 80, align: 'right' },
    { header: l.unitPrice, width: 100, align: 'right' },
    ...(lineRates ? [{ header: l.lineTaxRate, width: rateWidth, align: 'right' as const }] : []),
    { header: l.amount, width: 100, align: 'right' },
  ];
  const rows: Row[] = inv.lines.map((line) => ({
    cells: [
      line.description,
      line.quantity === null ? '' : quantity(line.quantity),
      line.unit_amount === null ? '' : unitPrice(line.unit_amount, inv.currency),
      ...(lineRates ? [lineRates] : []),
      money(line.amount, inv.currency),
    ],
    note: period(line.period_start, line.period_end, zone, lang),
  }));
  y = drawTable(doc, columns, rows, PAGE.margin, y);
  y = drawTotals(doc, totalRows(inv, l), y + 4);

  if (inv.lines.some((line) => new Decimal(line.amount).isZero())) {
    doc
      .font('regular')
      .fontSize(7.5)
      .fillColor(COLORS.muted)
      .text(l.zeroNote, PAGE.margin, y + 8, { width: WIDTH });
    y = doc.y;
  }
  if (seller.bank_transfer && inv.status !== 'paid' && inv.status !== 'void') {
    y = drawBankTransfer(doc, seller.bank_transfer, l, y + 16);
  }
  footer(doc, l.page, `${seller.name} · ${inv.id}`);
  return toBuffer(doc);
}
