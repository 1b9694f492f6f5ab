import { Decimal } from '../core/money/decimal.js';
import { money, quantity, unitPrice } from './amounts.js';
import { day, period } from './dates.js';
import type { DocumentInput } from './document-input.js';
import { drawAmountBand, drawHeading } from './heading.js';
import { labelsFor } from './labels.js';
import { drawCustomer, drawSeller } from './parties.js';
import { COLORS, footer, newPdf, PAGE, toBuffer } from './pdf.js';
import { type Column, drawTable, type Row } from './table.js';
import { drawTotals, totalRows } from './totals.js';

const WIDTH = PAGE.width - 2 * PAGE.margin;

/**
 * The invoice as a PDF (A4). In Japanese it is a qualified invoice: the issuer's registration
 * number, the taxable amount and the tax of each rate, the recipient. Every line is printed,
 * zero-amount lines included. Pure: the same input gives the same document.
 */
export async function renderInvoicePdf(input: DocumentInput): Promise<Buffer> {
  const { invoice: inv, customer, seller, timeZone: zone, lang } = input;
  const l = labelsFor(lang);
  const issuedAt = inv.finalized_at ?? inv.created_at;
  const doc = newPdf(`${l.invoice} ${inv.number ?? inv.id}`, new Date(issuedAt));
  const registration = seller.tax_registration_number;

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
  const right = drawSeller(doc, seller, registration, l, PAGE.margin + WIDTH - half, y, half);
  y = Math.max(left, right) + 16;

  y = drawAmountBand(doc, l.amountDueHeadline, money(inv.amount_due, inv.currency), y);

  const columns: Column[] = [
    { header: l.description, width: WIDTH - 90 - 110 - 110, align: 'left' },
    { header: l.quantity, width: 90, align: 'right' },
    { header: l.unitPrice, width: 110, align: 'right' },
    { header: l.amount, width: 110, align: 'right' },
  ];
  const rows: Row[] = inv.lines.map((line) => ({
    cells: [
      line.description,
      line.quantity === null ? '' : quantity(line.quantity),
      line.unit_amount === null ? '' : unitPrice(line.unit_amount, inv.currency),
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
  }
  footer(doc, l.page, `${seller.name} · ${inv.id}`);
  return toBuffer(doc);
}
